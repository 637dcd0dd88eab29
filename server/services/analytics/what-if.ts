/**
 * What if some organisations left? The scope's network before and after removing them: size,
 * density, components, largest component, path length in it, clustering, Freeman degree
 * centralisation, ties between clusters (in all and per cluster pair), and per cluster the
 * internal ties and the share of members left in its largest internal component. Ids that are
 * not in the scope are reported in `unknownIds` and ignored.
 */
import { degreeCentralization, simpleUndirected } from '../../algorithms/centralization.ts';
import { averageClustering } from '../../algorithms/clustering.ts';
import { clusterContext, cohesion, linkMatrix, withoutNodes, type OrgNetwork } from '../../algorithms/cluster/index.ts';
import { connectedComponents } from '../../algorithms/components.ts';
import { density } from '../../algorithms/density.ts';
import { averageShortestPathLength } from '../../algorithms/paths.ts';
import { BadUserInputError } from '../../errors.ts';
import type { AnalyticsEngine, ComputeControl } from './engine.ts';
import { normaliseScope, resolveNetworkOptions, type NetworkOptions, type Scope } from './scope.ts';

export interface NetworkState {
  nodes: number;
  edges: number;
  density: number;
  components: number;
  largestComponentSize: number;
  largestComponentShare: number;
  averagePathLength: number;
  averageClustering: number;
  degreeCentralization: number;
  interClusterTies: number;
}

export interface PairChange {
  source: string;
  target: string;
  before: number;
  after: number;
}

export interface ClusterChange {
  clusterId: string;
  membersBefore: number;
  membersAfter: number;
  internalTiesBefore: number;
  internalTiesAfter: number;
  largestComponentShareBefore: number;
  largestComponentShareAfter: number;
}

export interface WhatIfResult {
  graphVersion: number;
  removed: string[];
  unknownIds: string[];
  before: NetworkState;
  after: NetworkState;
  /** Cluster pairs whose tie count changed, largest loss first. */
  interClusterLinks: PairChange[];
  clusters: ClusterChange[];
}

/** The network without the given organisations (ties, alliances and supports re-indexed). */
export function removeOrganizations(net: OrgNetwork, removed: readonly number[]): OrgNetwork {
  const { graph, kept } = withoutNodes(net.graph, removed);
  const map = new Int32Array(net.graph.n).fill(-1);
  kept.forEach((v, i) => (map[v] = i));
  const at = (v: number): number => map[v] as number;
  return {
    graph,
    orgs: [...kept].map((v) => net.orgs[v] as OrgNetwork['orgs'][number]),
    ties: net.ties.filter((t) => at(t.source) >= 0 && at(t.target) >= 0).map((t) => ({ ...t, source: at(t.source), target: at(t.target) })),
    clusters: net.clusters,
    regions: net.regions,
    alliances: net.alliances.map((a) => ({ ...a, organizations: a.organizations.map(at).filter((v) => v >= 0) })),
    supports: net.supports.map((s) => ({ ...s, source: s.source < 0 ? -1 : at(s.source) })),
  };
}

function state(net: OrgNetwork, interClusterTies: number): NetworkState {
  const g = simpleUndirected(net.graph);
  const comps = connectedComponents(g);
  const largest = comps.sizes.reduce((m, s) => Math.max(m, s), 0);
  return {
    nodes: g.n,
    edges: g.edgeCount,
    density: density(g),
    components: comps.count,
    largestComponentSize: largest,
    largestComponentShare: g.n > 0 ? largest / g.n : 0,
    averagePathLength: averageShortestPathLength(g),
    averageClustering: averageClustering(g),
    degreeCentralization: degreeCentralization(g),
    interClusterTies,
  };
}

function analyse(net: OrgNetwork): { state: NetworkState; pairs: Map<string, number>; clusters: ReturnType<typeof cohesion>[]; members: number[] } {
  const ctx = clusterContext(net);
  const m = linkMatrix(ctx);
  const C = net.clusters.length;
  const pairs = new Map<string, number>();
  let total = 0;
  for (let c = 0; c < C; c++) {
    for (let d = c + 1; d < C; d++) {
      const t = m.ties[c * C + d] ?? 0;
      if (t > 0) pairs.set(`${c}:${d}`, t);
      total += t;
    }
  }
  // Inter-cluster ties counted per distinct organisation pair would need a second pass; the
  // total above counts a tie once per cluster pair it joins (equal unless multi-membership).
  return {
    state: state(net, total),
    pairs,
    clusters: net.clusters.map((_, c) => cohesion(ctx, c)),
    members: ctx.members.map((x) => x.length),
  };
}

export async function whatIf(
  engine: AnalyticsEngine,
  request: { remove: readonly string[]; scope: Scope; network?: NetworkOptions },
  control: ComputeControl = {},
): Promise<WhatIfResult> {
  if (request.remove.length === 0) throw new BadUserInputError('whatIf needs at least one organisation id to remove', {});
  const scope = normaliseScope(request.scope);
  const options = resolveNetworkOptions(request.network);
  const remove = [...new Set(request.remove)].sort();
  return engine.cached('whatIf', [scope, options, remove], async (version) => {
    const net = await engine.networkAt(version, scope, options);
    const idx = remove.map((id) => net.graph.index.get(id));
    const removedIdx = idx.filter((v): v is number => v !== undefined);
    const before = analyse(net);
    const after = analyse(removeOrganizations(net, removedIdx));
    const keys = new Set([...before.pairs.keys(), ...after.pairs.keys()]);
    const links: PairChange[] = [...keys]
      .map((key) => {
        const [c, d] = key.split(':').map(Number) as [number, number];
        return { source: net.clusters[c]?.id ?? '', target: net.clusters[d]?.id ?? '', before: before.pairs.get(key) ?? 0, after: after.pairs.get(key) ?? 0 };
      })
      .filter((p) => p.before !== p.after)
      .sort((a, b) => b.before - b.after - (a.before - a.after) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    return {
      graphVersion: net.version,
      removed: remove.filter((_, i) => idx[i] !== undefined),
      unknownIds: remove.filter((_, i) => idx[i] === undefined),
      before: before.state,
      after: after.state,
      interClusterLinks: links,
      clusters: net.clusters
        .map((cl, c) => ({
          clusterId: cl.id,
          membersBefore: before.members[c] ?? 0,
          membersAfter: after.members[c] ?? 0,
          internalTiesBefore: before.clusters[c]?.internalTies ?? 0,
          internalTiesAfter: after.clusters[c]?.internalTies ?? 0,
          largestComponentShareBefore: before.clusters[c]?.largestComponentShare ?? 0,
          largestComponentShareAfter: after.clusters[c]?.largestComponentShare ?? 0,
        }))
        .filter((c) => c.membersBefore > 0),
    };
  }, control);
}
