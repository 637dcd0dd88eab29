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
import { neighbours, perContext, share, type ClusterContext } from './context.ts';

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

/**
 * Places as dense integers, once per context: each organisation's region and country (-1 when
 * unknown) and each region's neighbours, so that classifying a tie compares integers instead of
 * looking strings up (the boundary of 404 CORDIS ecosystems classifies millions of ties).
 */
interface Places {
  region: Int32Array;
  country: Int32Array;
  regionIndex: Map<string, number>;
  countryIndex: Map<string, number>;
  neighbours: Set<number>[];
}
const placesCache = new WeakMap<ClusterContext, Places>();

function placesOf(ctx: ClusterContext): Places {
  return perContext(placesCache, ctx, () => indexPlaces(ctx));
}

function indexPlaces(ctx: ClusterContext): Places {
  const regionIndex = new Map<string, number>();
  const countryIndex = new Map<string, number>();
  const regionOf = (id: string | null | undefined): number => {
    if (id == null) return -1;
    let i = regionIndex.get(id);
    if (i === undefined) regionIndex.set(id, (i = regionIndex.size));
    return i;
  };
  const countryOf = (id: string | null | undefined): number => {
    if (id == null) return -1;
    let i = countryIndex.get(id);
    if (i === undefined) countryIndex.set(id, (i = countryIndex.size));
    return i;
  };
  const orgs = ctx.net.orgs;
  const region = Int32Array.from(orgs, (o) => regionOf(o.regionId));
  const country = Int32Array.from(orgs, (o) => countryOf(o.country));
  for (const r of ctx.net.regions.values()) regionOf(r.id);
  // Clusters' places too: a cluster's region or country need not be any organisation's.
  for (const cl of ctx.net.clusters) {
    regionOf(cl.regionId);
    countryOf(cl.country);
  }
  const neighbours: Set<number>[] = [];
  for (const [id, i] of [...regionIndex]) {
    const attrs = ctx.net.regions.get(id);
    neighbours[i] = new Set((attrs?.neighbours ?? []).map((nb) => regionOf(nb)));
  }
  return { region, country, regionIndex, countryIndex, neighbours };
}

/** Tie classes as indices into the counts (their order is the order of Geography's fields). */
const LOCAL = 0;
const NEIGHBOUR = 1;
const DOMESTIC = 2;
const INTERNATIONAL = 3;
const UNKNOWN = 4;

/** The class of a tie whose farther end is `far`, seen from a reference region and country. */
function classify(p: Places, refRegion: number, refCountry: number, far: number): number {
  const region = p.region[far] as number;
  if (refRegion < 0 || region < 0) return UNKNOWN;
  if (region === refRegion) return LOCAL;
  if (p.neighbours[refRegion]?.has(region) === true) return NEIGHBOUR;
  const country = p.country[far] as number;
  if (refCountry < 0 || country < 0) return UNKNOWN;
  return country === refCountry ? DOMESTIC : INTERNATIONAL;
}

export function boundary(ctx: ClusterContext, c: number): Boundary {
  const mask = ctx.memberMask[c] ?? new Uint8Array(0);
  const cluster = ctx.net.clusters[c];
  const p = placesOf(ctx);
  // Region of reference for a tie of member u: the cluster's region, else u's own (and likewise
  // the country); as indices, -1 when unknown.
  const clusterRegion = cluster?.regionId == null ? -1 : (p.regionIndex.get(cluster.regionId) ?? -1);
  const clusterCountry = cluster?.country == null ? -1 : (p.countryIndex.get(cluster.country) ?? -1);
  const counts = [0, 0, 0, 0, 0];
  let internal = 0;
  let external = 0;
  let centres = 0;
  let otherCluster = 0;
  let crossKnown = 0;
  let cross = 0;
  for (const u of ctx.members[c] ?? []) {
    const ou = ctx.net.orgs[u];
    const refRegion = cluster?.regionId != null ? clusterRegion : (p.region[u] as number);
    const refCountry = cluster?.country != null ? clusterCountry : (p.country[u] as number);
    for (const v of neighbours(ctx, u)) {
      if (mask[v] === 1) {
        if (v < u) continue;
        internal++;
        // The farther end of an internal tie: one outside the cluster's region, if any.
        const vOut = cluster?.regionId != null && ctx.net.orgs[v]?.regionId !== cluster.regionId;
        const k = classify(p, refRegion, refCountry, vOut ? v : u);
        counts[k] = (counts[k] as number) + 1;
        continue;
      }
      external++;
      const k = classify(p, refRegion, refCountry, v);
      counts[k] = (counts[k] as number) + 1;
      if ((ctx.pagerank[v] as number) >= ctx.centreThreshold) centres++;
      const ov = ctx.net.orgs[v];
      if ((ov?.clusters.length ?? 0) > 0) otherCluster++;
      if (ou?.sector != null && ov?.sector != null) {
        crossKnown++;
        if (ou.sector !== ov.sector) cross++;
      }
    }
  }
  const [local = 0, neighbour = 0, domestic = 0, international = 0, unknown = 0] = counts;
  const known = local + neighbour + domestic + international;
  return {
    internalTies: internal,
    externalTies: external,
    eiIndex: eiIndex(external, internal),
    geography: {
      local,
      neighbour,
      domestic,
      international,
      unknown,
      localShare: share(local, known),
      neighbourShare: share(neighbour, known),
      nonLocalShare: share(known - local, known),
      internationalShare: share(international, known),
    },
    centrePartnerShare: share(centres, external),
    otherClusterShare: share(otherCluster, external),
    crossSectorExternalShare: share(cross, crossKnown),
  };
}
