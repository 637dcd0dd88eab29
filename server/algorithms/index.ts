/**
 * The pure algorithms layer: a compact graph and the measures computed on it. No I/O, no driver
 * types; every measure matches networkx's conventions (see each file's banner) and is checked
 * against networkx in test/unit/algorithms with fixtures from scripts/fixtures/make_fixtures.py.
 */
export { buildGraph, findArc, arcWeight, toRecord, type CompactGraph, type EdgeInput, type BuildGraphOptions } from './graph.ts';
export { mulberry32, type Rng } from './random.ts';
export { ConvergenceError } from './errors.ts';
export { degree, strength, degreeCentrality, type DegreeMode, type DegreeOptions } from './degree.ts';
export {
  betweennessCentrality,
  accumulateBetweenness,
  rescaleBetweenness,
  BrandesWorkspace,
  type BetweennessOptions,
} from './betweenness.ts';
export {
  sampledBetweennessCentrality,
  sampledBetweennessErrorBound,
  betweennessSamplesFor,
  type SampledBetweennessOptions,
  type SampledBetweenness,
} from './betweenness-sampled.ts';
export { closenessCentrality, type ClosenessOptions } from './closeness.ts';
export { harmonicCentrality } from './harmonic.ts';
export { eigenvectorCentrality, type EigenvectorOptions } from './eigenvector.ts';
export { pagerank, type PageRankOptions } from './pagerank.ts';
export { clustering, averageClustering, type ClusteringOptions } from './clustering.ts';
export { constraint } from './constraint.ts';
export { effectiveSize } from './effective-size.ts';
export { modularity, type ModularityOptions } from './modularity.ts';
export { louvain, type LouvainOptions, type LouvainResult } from './louvain.ts';
export { guimeraAmaral, classifyRole, HUB_Z, type NodeRole, type GuimeraAmaralResult } from './guimera-amaral.ts';
export { brokerage, type BrokerageCounts } from './brokerage.ts';
export {
  connectedComponents,
  largestComponent,
  stronglyConnectedComponents,
  type Components,
} from './components.ts';
export { averageShortestPathLength, shortestPathLengths } from './paths.ts';
export { density } from './density.ts';
export { degreeCentralization, betweennessCentralization, simpleUndirected } from './centralization.ts';
export { adjustedRandIndex } from './adjusted-rand-index.ts';
export { normalizedMutualInformation } from './normalized-mutual-information.ts';
