/**
 * Cluster-level services: cooperation, strategy, scorecard, checklist, a full report,
 * side-by-side comparison and the cluster network. All are computed on the whole organisation
 * network (ties of members to non-members matter), for the ties and year of `network`, from the
 * cached cluster base; a cluster report is then a lookup plus the scorecard's normalisation.
 * Unknown cluster ids: NOT_FOUND.
 */
import {
  clusterNetworkLinks,
  compareClusters as compareAlgorithm,
  cooperation as cooperationAlgorithm,
  type ChecklistItem,
  type ClusterComparison,
  type ClusterLink,
  type ClusterReport,
  type Cooperation,
  type DominantStrategy,
  type Normalisation,
  type Scorecard,
  type ScorecardWeights,
  type StrategyAssessment,
  MIXED_MARGIN,
  resolveWeights,
} from '../../algorithms/cluster/index.ts';
import { BadUserInputError } from '../../errors.ts';
import { clusterIndexOf, type AnalyticsEngine, type ClusterBase } from './engine.ts';
import { resolveNetworkOptions, type NetworkOptions } from './scope.ts';

export interface ClusterRequest {
  network?: NetworkOptions;
  /** Hubs removed in the resilience measure (default 3). */
  resilienceK?: number;
  /** Scorecard normalisation (default MIN_MAX) and weights. */
  normalisation?: Normalisation;
  weights?: ScorecardWeights;
  /** Clusters the scorecard is normalised against (default: every cluster). */
  against?: readonly string[];
  /** Gap under which the strategy is MIXED (default 0.05). */
  mixedMargin?: number;
}

function checkK(k: number | undefined): void {
  if (k !== undefined && (!Number.isInteger(k) || k < 0 || k > 1000)) throw new BadUserInputError('resilienceK must be an integer in 0..1000', { k });
}

function coopFor(base: ClusterBase, c: number, k: number | undefined): Cooperation {
  if (k === undefined || k === 3) return base.cooperation.get(c) as Cooperation;
  return cooperationAlgorithm(base.ctx, c, base.links, { resilienceK: k });
}

async function comparison(engine: AnalyticsEngine, ids: readonly string[], req: ClusterRequest): Promise<ClusterComparison> {
  checkK(req.resilienceK);
  const options = resolveNetworkOptions(req.network);
  const unique = [...new Set(ids)];
  // Defaults resolved in the key, so that a request spelling them out shares the computation.
  const key = [unique, options, req.resilienceK ?? 3, req.normalisation ?? 'MIN_MAX', resolveWeights(req.weights), req.mixedMargin ?? MIXED_MARGIN];
  return engine.cached('compareClusters', key, async (version) => {
    const base = await engine.clusterBaseAt(version, options);
    const idx = unique.map((id) => clusterIndexOf(base, id));
    const coops = new Map(idx.map((c) => [c, coopFor(base, c, req.resilienceK)]));
    return compareAlgorithm(base.ctx, idx, {
      links: base.links,
      cooperation: coops,
      ...(req.normalisation ? { normalisation: req.normalisation } : {}),
      ...(req.weights ? { weights: req.weights } : {}),
      ...(req.mixedMargin !== undefined ? { mixedMargin: req.mixedMargin } : {}),
    });
  });
}

async function allClusterIds(engine: AnalyticsEngine, network: NetworkOptions | undefined): Promise<string[]> {
  const base = await engine.clusterBaseAt(await engine.graphVersion(), resolveNetworkOptions(network));
  return base.network.clusters.map((c) => c.id);
}

/** Everything about one cluster; the scorecard normalised against `against` (default all clusters). */
export async function clusterReport(engine: AnalyticsEngine, clusterId: string, req: ClusterRequest = {}): Promise<ClusterReport> {
  const against = req.against ?? (await allClusterIds(engine, req.network));
  const ids = against.includes(clusterId) ? against : [...against, clusterId];
  const cmp = await comparison(engine, [...ids].sort(), req);
  const report = cmp.reports.find((r) => r.clusterId === clusterId);
  if (report === undefined) throw new BadUserInputError(`cluster '${clusterId}' missing from the comparison`, {});
  return report;
}

export async function clusterCooperation(engine: AnalyticsEngine, clusterId: string, req: ClusterRequest = {}): Promise<Cooperation> {
  checkK(req.resilienceK);
  const base = await engine.clusterBaseAt(await engine.graphVersion(), resolveNetworkOptions(req.network));
  return coopFor(base, clusterIndexOf(base, clusterId), req.resilienceK);
}

export async function clusterStrategy(engine: AnalyticsEngine, clusterId: string, req: ClusterRequest = {}): Promise<StrategyAssessment> {
  return (await clusterReport(engine, clusterId, req)).strategy;
}

export async function clusterScorecard(engine: AnalyticsEngine, clusterId: string, req: ClusterRequest = {}): Promise<Scorecard> {
  return (await clusterReport(engine, clusterId, req)).scorecard;
}

export async function clusterChecklist(engine: AnalyticsEngine, clusterId: string, req: ClusterRequest = {}): Promise<ChecklistItem[]> {
  return (await clusterReport(engine, clusterId, req)).checklist;
}

/** Several clusters side by side, the scorecard normalised across exactly these clusters. */
export async function compareClusters(engine: AnalyticsEngine, clusterIds: readonly string[], req: ClusterRequest = {}): Promise<ClusterComparison> {
  if (clusterIds.length === 0) throw new BadUserInputError('compareClusters needs at least one cluster id', {});
  return comparison(engine, clusterIds, req);
}

export interface ClusterNode {
  id: string;
  name: string;
  members: number;
  internalTies: number;
  externalTies: number;
  strategy: DominantStrategy;
}

export interface ClusterNetwork {
  graphVersion: number;
  clusters: ClusterNode[];
  /** Pairs of clusters with ties, tie value or shared alliances; weight = ties + shared alliances. */
  links: ClusterLink[];
}

/** The cluster network of domain.md: clusters as nodes, inter-cluster link intensity as edges. */
export async function clusterNetwork(engine: AnalyticsEngine, req: { network?: NetworkOptions } = {}): Promise<ClusterNetwork> {
  const options = resolveNetworkOptions(req.network);
  const ids = await allClusterIds(engine, req.network);
  const cmp = await comparison(engine, ids, req);
  const base = await engine.clusterBaseAt(await engine.graphVersion(), options);
  return {
    graphVersion: base.network.version,
    clusters: cmp.reports.map((r) => ({
      id: r.clusterId,
      name: r.name,
      members: r.cooperation.size.members,
      internalTies: r.cooperation.internalTies,
      externalTies: r.cooperation.externalTies,
      strategy: r.strategy.dominant,
    })),
    links: clusterNetworkLinks(base.ctx, base.links),
  };
}
