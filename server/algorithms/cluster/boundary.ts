/**
 * A cluster's boundary: its ties to the outside and where they go.
 *
 * E-I index (Krackhardt & Stern, "Informal networks and organizational crises", Soc. Psychol. Q.
 * 51, 1988): (E − I)/(E + I), I = ties among members, E = ties from a member to a non-member,
 * distinct pairs. −1 = all ties inside, +1 = all outside; 0 when the cluster has no tie at all
 * (no evidence either way: the neutral value).
 *
 * Geography of the cluster's ties (internal and external), each tie classified by its farther
 * end — the non-member for an external tie, else an end outside the cluster's region if any:
 * LOCAL (in the cluster's region), NEIGHBOUR (a region listed as neighbour), DOMESTIC (same
 * country), INTERNATIONAL (another country), UNKNOWN (no region or country known). Shares are
 * over the known ties; null when no tie is known. A cluster without a region uses each member's
 * region as its reference.
 *
 * Also, over external ties: the share going to "centres" (partners in the top decile of
 * PageRank, see context.ts), to members of other clusters, and to partners of another sector
 * than the member's (both sectors known).
 */
import { neighbours, share, type ClusterContext } from './context.ts';

export type GeoClass = 'LOCAL' | 'NEIGHBOUR' | 'DOMESTIC' | 'INTERNATIONAL' | 'UNKNOWN';

export interface Geography {
  local: number;
  neighbour: number;
  domestic: number;
  international: number;
  unknown: number;
  /** local / known ties. */
  localShare: number | null;
  neighbourShare: number | null;
  /** (neighbour + domestic + international) / known ties. */
  nonLocalShare: number | null;
  internationalShare: number | null;
}

export interface Boundary {
  internalTies: number;
  externalTies: number;
  eiIndex: number;
  geography: Geography;
  /** External ties whose partner's PageRank is in the network's top decile, / external ties. */
  centrePartnerShare: number | null;
  /** External ties to members of other clusters / external ties. */
  otherClusterShare: number | null;
  /** External ties to a partner of another sector than the member / those with both sectors known. */
  crossSectorExternalShare: number | null;
}

export function eiIndex(external: number, internal: number): number {
  return external + internal > 0 ? (external - internal) / (external + internal) : 0;
}

/** Region of reference for a tie of member u: the cluster's region, else u's own. */
function classify(ctx: ClusterContext, c: number, u: number, far: number): GeoClass {
  const cluster = ctx.net.clusters[c];
  const self = ctx.net.orgs[u];
  const other = ctx.net.orgs[far];
  const refRegion = cluster?.regionId ?? self?.regionId ?? null;
  const refCountry = cluster?.country ?? self?.country ?? null;
  const region = other?.regionId ?? null;
  if (refRegion === null || region === null) return 'UNKNOWN';
  if (region === refRegion) return 'LOCAL';
  if (ctx.net.regions.get(refRegion)?.neighbours.includes(region) === true) return 'NEIGHBOUR';
  const country = other?.country ?? null;
  if (refCountry === null || country === null) return 'UNKNOWN';
  return country === refCountry ? 'DOMESTIC' : 'INTERNATIONAL';
}

export function boundary(ctx: ClusterContext, c: number): Boundary {
  const mask = ctx.memberMask[c] ?? new Uint8Array(0);
  const cluster = ctx.net.clusters[c];
  const refRegion = cluster?.regionId ?? null;
  const geo = { LOCAL: 0, NEIGHBOUR: 0, DOMESTIC: 0, INTERNATIONAL: 0, UNKNOWN: 0 };
  let internal = 0;
  let external = 0;
  let centres = 0;
  let otherCluster = 0;
  let crossKnown = 0;
  let cross = 0;
  for (const u of ctx.members[c] ?? []) {
    const ou = ctx.net.orgs[u];
    for (const v of neighbours(ctx, u)) {
      if (mask[v] === 1) {
        if (v < u) continue;
        internal++;
        // The farther end of an internal tie: one outside the cluster's region, if any.
        const vOut = refRegion !== null && ctx.net.orgs[v]?.regionId !== refRegion;
        geo[classify(ctx, c, u, vOut ? v : u)]++;
        continue;
      }
      external++;
      geo[classify(ctx, c, u, v)]++;
      if ((ctx.pagerank[v] as number) >= ctx.centreThreshold) centres++;
      const ov = ctx.net.orgs[v];
      if ((ov?.clusters.length ?? 0) > 0) otherCluster++;
      if (ou?.sector != null && ov?.sector != null) {
        crossKnown++;
        if (ou.sector !== ov.sector) cross++;
      }
    }
  }
  const known = geo.LOCAL + geo.NEIGHBOUR + geo.DOMESTIC + geo.INTERNATIONAL;
  return {
    internalTies: internal,
    externalTies: external,
    eiIndex: eiIndex(external, internal),
    geography: {
      local: geo.LOCAL,
      neighbour: geo.NEIGHBOUR,
      domestic: geo.DOMESTIC,
      international: geo.INTERNATIONAL,
      unknown: geo.UNKNOWN,
      localShare: share(geo.LOCAL, known),
      neighbourShare: share(geo.NEIGHBOUR, known),
      nonLocalShare: share(known - geo.LOCAL, known),
      internationalShare: share(geo.INTERNATIONAL, known),
    },
    centrePartnerShare: share(centres, external),
    otherClusterShare: share(otherCluster, external),
    crossSectorExternalShare: share(cross, crossKnown),
  };
}
