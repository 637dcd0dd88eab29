/**
 * Every cooperation measure of one cluster (domain.md, "Cooperation measures of a cluster"),
 * gathered from the family files: size (size.ts), cohesion (cohesion.ts), boundary and E-I
 * (boundary.ts), heterophily and triple helix (heterophily.ts), supplier localisation
 * (localisation.ts), concentration (concentration.ts), resilience (resilience.ts) and link
 * intensity to every other cluster (inter-cluster.ts). Each file states its source and the
 * value it gives on degenerate input.
 */
import { boundary, type Boundary } from './boundary.ts';
import { cohesion, internalGraph, type Cohesion } from './cohesion.ts';
import { leaderConcentration, sectorConcentration, type LeaderConcentration, type SectorConcentration } from './concentration.ts';
import type { ClusterContext } from './context.ts';
import { heterophily, type TripleHelix } from './heterophily.ts';
import { linksFrom, type ClusterLink, type LinkMatrix } from './inter-cluster.ts';
import { supplierLocalisation, type SupplierLocalisation } from './localisation.ts';
import { DEFAULT_RESILIENCE_K, resilience, type Resilience } from './resilience.ts';
import { clusterSize, type ClusterSize } from './size.ts';

export interface Cooperation extends Cohesion {
  clusterId: string;
  size: ClusterSize;
  externalTies: number;
  eiIndex: number;
  geography: Boundary['geography'];
  centrePartnerShare: number | null;
  otherClusterShare: number | null;
  crossSectorShare: number | null;
  crossSectorExternalShare: number | null;
  academiaTiedFirmShare: number | null;
  tripleHelix: TripleHelix;
  supplierLocalisation: SupplierLocalisation;
  leader: LeaderConcentration;
  resilience: Resilience;
  sectorConcentration: SectorConcentration;
  /** Alliances the cluster is party to that have at least one other cluster. */
  crossClusterAlliances: string[];
  links: ClusterLink[];
}

export function crossClusterAlliances(ctx: ClusterContext, c: number): string[] {
  return ctx.net.alliances.filter((a) => a.clusters.includes(c) && a.clusters.some((d) => d !== c)).map((a) => a.id);
}

export function cooperation(ctx: ClusterContext, c: number, links: LinkMatrix, options: { resilienceK?: number } = {}): Cooperation {
  const sub = internalGraph(ctx, c);
  const b = boundary(ctx, c);
  const h = heterophily(ctx, c);
  return {
    clusterId: ctx.net.clusters[c]?.id ?? '',
    size: clusterSize(ctx, c),
    ...cohesion(ctx, c, sub),
    externalTies: b.externalTies,
    eiIndex: b.eiIndex,
    geography: b.geography,
    centrePartnerShare: b.centrePartnerShare,
    otherClusterShare: b.otherClusterShare,
    crossSectorShare: h.crossSectorShare,
    crossSectorExternalShare: b.crossSectorExternalShare,
    academiaTiedFirmShare: h.academiaTiedFirmShare,
    tripleHelix: h.tripleHelix,
    supplierLocalisation: supplierLocalisation(ctx, c),
    leader: leaderConcentration(ctx, c, sub),
    resilience: resilience(ctx, c, sub, options.resilienceK ?? DEFAULT_RESILIENCE_K),
    sectorConcentration: sectorConcentration(ctx, c),
    crossClusterAlliances: crossClusterAlliances(ctx, c),
    links: linksFrom(ctx, links, c),
  };
}
