/**
 * Cluster-level measures (pure): cooperation, strategies, scorecard, checklist, inter-cluster
 * links. Input: an OrgNetwork (network.ts) prepared once into a ClusterContext (context.ts).
 * Each family file cites its source and documents its values on degenerate input.
 */
export * from './network.ts';
export { clusterContext, CENTRE_PERCENTILE, type ClusterContext } from './context.ts';
export { inducedSubgraph, withoutNodes } from './subgraph.ts';
export { clusterSize, type ClusterSize, type KindCount } from './size.ts';
export { cohesion, internalGraph, type Cohesion } from './cohesion.ts';
export { boundary, eiIndex, type Boundary, type Geography } from './boundary.ts';
export { heterophily, normalisedEntropy, type Heterophily, type TripleHelix } from './heterophily.ts';
export { supplierLocalisation, type SupplierLocalisation } from './localisation.ts';
export { leaderConcentration, sectorConcentration, hhi, type LeaderConcentration, type SectorConcentration } from './concentration.ts';
export { resilience, DEFAULT_RESILIENCE_K, type Resilience } from './resilience.ts';
export { linkMatrix, linksFrom, linkBetween, clusterNetworkLinks, type ClusterLink, type LinkMatrix } from './inter-cluster.ts';
export { cooperation, crossClusterAlliances, type Cooperation } from './cooperation.ts';
export * from './strategy.ts';
export * from './indicators.ts';
export { normalise, type Normalisation } from './normalise.ts';
export * from './scorecard.ts';
export * from './checklist.ts';
export * from './compare.ts';
