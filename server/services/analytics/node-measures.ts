/**
 * Every node measure of the algorithms layer for the organisations of a scope.
 *
 * Centralities are computed on the scope's network (the subgraph induced by the scope). The
 * Guimerà–Amaral role and Gould–Fernandez brokerage describe an organisation's position AMONG
 * clusters, which a scope would cut off, so they are computed on the whole network (same ties
 * and year) with each organisation's primary cluster as its module (non-members: one "outside"
 * module).
 *
 * Shortest-path measures (betweenness, closeness, harmonic) count hops: tie weights are
 * intensities, not distances. Strength, PageRank, eigenvector and Louvain use the weights when
 * the network is weighted. Betweenness is exact up to EXACT_BETWEENNESS_MAX_NODES nodes and
 * sampled above (AUTO), with the Hoeffding bound of betweenness-sampled.ts stated in the result.
 * Closeness and harmonic likewise are exact up to EXACT_CLOSENESS_MAX_NODES nodes and estimated
 * above (AUTO) from the BFS of sampled pivots (closeness-sampled.ts, Eppstein & Wang 2004), flagged
 * in `closeness` (method, samples, errorBound) as betweenness is: at CORDIS scale (36,000 nodes,
 * 1.6 million arcs) the exact all-pairs searches do not finish in reasonable time.
 * Eigenvector centrality that does not converge in 100 iterations is retried with 1,000; if it
 * still does not, its values are null and `eigenvectorConverged` is false (no error: the other
 * measures stand).
 *
 * Measures are computed lazily: `measures` names the ones wanted (default: all); the others are
 * not computed and read 0 (null for the nullable ones), and the result's `measures` lists what was
 * computed. The cache key includes the set. Degree and strength are always computed (no cost).
 * Clustering is O(m^{3/2}); constraint, effective size and brokerage are O(Σ deg²) — on CORDIS
 * (Σ deg² ≈ 7.5·10⁸) seconds to tens of seconds — so callers that do not show them should not ask.
 */
import { brokerage } from '../../algorithms/brokerage.ts';
import { clustering } from '../../algorithms/clustering.ts';
import { constraint } from '../../algorithms/constraint.ts';
import { degree, degreeCentrality } from '../../algorithms/degree.ts';
import { effectiveSize } from '../../algorithms/effective-size.ts';
import { eigenvectorCentrality } from '../../algorithms/eigenvector.ts';
import { ConvergenceError } from '../../algorithms/errors.ts';
import type { CompactGraph } from '../../algorithms/graph.ts';
import type { NodeRole } from '../../algorithms/guimera-amaral.ts';
import { pagerank } from '../../algorithms/pagerank.ts';
import { mulberry32, sampleWithoutReplacement } from '../../algorithms/random.ts';
import { betweennessSamplesFor, sampledBetweennessErrorBound } from '../../algorithms/betweenness-sampled.ts';
import { closenessSamplesFor, sampledCloseness, sampledClosenessErrorBound } from '../../algorithms/closeness-sampled.ts';
import { clusterContext, type ClusterContext } from '../../algorithms/cluster/index.ts';
import { BadUserInputError } from '../../errors.ts';
import { betweennessValues, bestLouvain, closenessValues, harmonicValues } from '../../workers/parallel.ts';
import { throwIfAborted } from '../../workers/errors.ts';
import type { AnalyticsEngine, ComputeControl } from './engine.ts';
import type { LoadedNetwork } from './network-builder.ts';
import { ALL, keyOf, normaliseScope, resolveNetworkOptions, type NetworkOptions, type NormalisedScope, type ResolvedNetworkOptions, type Scope } from './scope.ts';

export const EXACT_BETWEENNESS_MAX_NODES = 5_000;
/** Above this many nodes closeness and harmonic are sampled (AUTO), as betweenness. */
export const EXACT_CLOSENESS_MAX_NODES = 5_000;
export const DEFAULT_CLOSENESS_EPSILON = 0.05;

/** The node measures that can be asked for (degree and strength always come). */
export const NODE_MEASURES = [
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'clustering',
  'constraint',
  'effectiveSize',
  'roles',
  'brokerage',
  'community',
] as const;
export type NodeMeasureName = (typeof NODE_MEASURES)[number];
export const DEFAULT_BETWEENNESS_EPSILON = 0.05;
export const BETWEENNESS_CONFIDENCE = 0.95;

export type BetweennessMode = 'AUTO' | 'EXACT' | 'SAMPLED';

export interface BetweennessRequest {
  mode?: BetweennessMode;
  /** Target additive error of the normalised estimate (sampled), default 0.05. */
  epsilon?: number;
  seed?: number;
}

export interface BetweennessInfo {
  method: 'EXACT' | 'SAMPLED';
  samples: number;
  /** With probability ≥ confidence every normalised value is within errorBound (0 when exact). */
  errorBound: number;
  confidence: number;
}

export interface BrokerageRoles {
  coordinator: number;
  itinerant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
  total: number;
}

export interface OrganizationMeasures {
  id: string;
  name: string;
  kind: string;
  clusterIds: string[];
  degree: number;
  inDegree: number | null;
  outDegree: number | null;
  strength: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number | null;
  pagerank: number;
  clustering: number;
  constraint: number | null;
  effectiveSize: number | null;
  withinModuleZ: number;
  participation: number;
  role: NodeRole;
  brokerage: BrokerageRoles;
  community: number;
}

export interface NetworkSummary {
  nodes: number;
  edges: number;
  ties: number;
  directed: boolean;
  weighting: ResolvedNetworkOptions['weighting'];
  types: ResolvedNetworkOptions['types'];
  asOf: number | null;
}

export interface NodeMeasuresResult {
  scope: NormalisedScope;
  network: NetworkSummary;
  graphVersion: number;
  /** The measures computed (the others read 0 or null). */
  measures: NodeMeasureName[];
  betweenness: BetweennessInfo;
  /** Exact or sampled closeness and harmonic (same pivots, same bound: closeness-sampled.ts). */
  closeness: BetweennessInfo;
  eigenvectorConverged: boolean;
  /** Louvain modularity of the `community` labels. */
  modularity: number;
  organizations: OrganizationMeasures[];
  computeMs: number;
}

export interface NodeMeasuresRequest {
  scope: Scope;
  network?: NetworkOptions;
  betweenness?: BetweennessRequest;
  /** Exact or sampled closeness/harmonic (AUTO: sampled above EXACT_CLOSENESS_MAX_NODES). */
  closeness?: BetweennessRequest;
  /** The measures wanted; default all. */
  measures?: readonly NodeMeasureName[];
}

export function summary(net: LoadedNetwork): NetworkSummary {
  return {
    nodes: net.graph.n,
    edges: net.graph.edgeCount,
    ties: net.ties.length,
    directed: net.graph.directed,
    weighting: net.options.weighting,
    types: net.options.types,
    asOf: net.options.asOf,
  };
}

export async function computeBetweenness(
  graph: CompactGraph,
  request: BetweennessRequest,
  engine: AnalyticsEngine,
  control: ComputeControl,
): Promise<{ values: Float64Array; info: BetweennessInfo }> {
  const n = graph.n;
  const mode = request.mode ?? 'AUTO';
  const epsilon = request.epsilon ?? DEFAULT_BETWEENNESS_EPSILON;
  if (!(epsilon > 0 && epsilon < 1)) throw new BadUserInputError('betweenness epsilon must be in (0, 1)', { epsilon });
  const delta = 1 - BETWEENNESS_CONFIDENCE;
  const samples = betweennessSamplesFor(n, epsilon, delta);
  const exact = mode === 'EXACT' || (mode === 'AUTO' && n <= EXACT_BETWEENNESS_MAX_NODES) || samples >= n;
  const run = { pool: engine.pool, ...control };
  if (exact) {
    return { values: await betweennessValues(graph, {}, run), info: { method: 'EXACT', samples: n, errorBound: 0, confidence: 1 } };
  }
  const sources = sampleWithoutReplacement(n, samples, mulberry32(request.seed ?? 0));
  return {
    values: await betweennessValues(graph, { sources }, run),
    info: { method: 'SAMPLED', samples, errorBound: sampledBetweennessErrorBound(n, samples, delta), confidence: BETWEENNESS_CONFIDENCE },
  };
}

function eigenvectorOrNull(graph: CompactGraph, weighted: boolean): Float64Array | null {
  for (const maxIter of [100, 1000]) {
    try {
      return eigenvectorCentrality(graph, { weighted, maxIter });
    } catch (err) {
      if (!(err instanceof ConvergenceError)) throw err;
    }
  }
  return null;
}

export async function computeCloseness(
  graph: CompactGraph,
  request: BetweennessRequest,
  engine: AnalyticsEngine,
  control: ComputeControl,
): Promise<{ closeness: Float64Array; harmonic: Float64Array; info: BetweennessInfo }> {
  const n = graph.n;
  const mode = request.mode ?? 'AUTO';
  const epsilon = request.epsilon ?? DEFAULT_CLOSENESS_EPSILON;
  if (!(epsilon > 0 && epsilon < 1)) throw new BadUserInputError('closeness epsilon must be in (0, 1)', { epsilon });
  const delta = 1 - BETWEENNESS_CONFIDENCE;
  const samples = closenessSamplesFor(n, epsilon, delta);
  const exact = mode === 'EXACT' || (mode === 'AUTO' && n <= EXACT_CLOSENESS_MAX_NODES) || samples >= n;
  if (exact) {
    const run = { pool: engine.pool, ...control };
    const closeness = await closenessValues(graph, {}, run);
    const harmonic = await harmonicValues(graph, {}, run);
    return { closeness, harmonic, info: { method: 'EXACT', samples: n, errorBound: 0, confidence: 1 } };
  }
  const sources = sampleWithoutReplacement(n, samples, mulberry32(request.seed ?? 0));
  // Inline (not in the worker pool): ~k/32 bit-parallel sweeps, seconds at CORDIS scale.
  const r = sampledCloseness(graph, {
    sources,
    onBatch: (done, total) => {
      throwIfAborted(control.signal);
      control.onProgress?.({ phase: 'closeness', done, total });
    },
  });
  return {
    closeness: r.closeness,
    harmonic: r.harmonic,
    info: { method: 'SAMPLED', samples, errorBound: sampledClosenessErrorBound(n, samples, delta), confidence: BETWEENNESS_CONFIDENCE },
  };
}

/** The whole network with its cluster context (modules, Guimerà–Amaral roles), cached by version. */
interface RoleBase {
  network: LoadedNetwork;
  ctx: ClusterContext;
}

function roleBaseAt(engine: AnalyticsEngine, version: number, options: ResolvedNetworkOptions): Promise<RoleBase> {
  return engine.cache.getOrCompute(version, keyOf('roleBase', options), async () => {
    const network = await engine.networkAt(version, ALL, options);
    return { network, ctx: clusterContext(network) };
  });
}

const NOT_COMPUTED: BetweennessInfo = { method: 'EXACT', samples: 0, errorBound: 0, confidence: 1 };

export async function nodeMeasures(engine: AnalyticsEngine, request: NodeMeasuresRequest, control: ComputeControl = {}): Promise<NodeMeasuresResult> {
  const scope = normaliseScope(request.scope);
  const options = resolveNetworkOptions(request.network);
  const wanted = new Set<NodeMeasureName>(request.measures ?? NODE_MEASURES);
  for (const m of wanted) if (!NODE_MEASURES.includes(m)) throw new BadUserInputError(`unknown measure '${String(m)}'`, { measure: m });
  const measures = NODE_MEASURES.filter((m) => wanted.has(m));
  const want = (m: NodeMeasureName): boolean => wanted.has(m);
  const bw = request.betweenness ?? {};
  const cw = request.closeness ?? {};
  // Defaults spelled out in the key, so that `{}` and `{ mode: 'AUTO' }` share one computation.
  const bwKey = [bw.mode ?? 'AUTO', bw.epsilon ?? DEFAULT_BETWEENNESS_EPSILON, bw.seed ?? 0];
  const cwKey = [cw.mode ?? 'AUTO', cw.epsilon ?? DEFAULT_CLOSENESS_EPSILON, cw.seed ?? 0];
  // The default (all measures, default closeness) keeps the key it always had.
  const key = measures.length === NODE_MEASURES.length && request.closeness === undefined ? [scope, options, bwKey] : [scope, options, bwKey, cwKey, measures];
  return engine.cached('nodeMeasures', key, async (version, run) => {
    const t0 = performance.now();
    const net = await engine.networkAt(version, scope, options);
    const needsBase = want('roles') || want('brokerage');
    const base = needsBase ? await roleBaseAt(engine, version, options) : null;
    const g = net.graph;
    const n = g.n;
    const weighted = options.weighting === 'WEIGHT';
    const zeros = new Float64Array(n);
    const bc = want('betweenness') ? await computeBetweenness(g, bw, engine, run) : { values: zeros, info: NOT_COMPUTED };
    const cc = want('closeness') || want('harmonic') ? await computeCloseness(g, cw, engine, run) : { closeness: zeros, harmonic: zeros, info: NOT_COMPUTED };
    throwIfAborted(run.signal);
    const deg = degree(g);
    const inDeg = g.directed ? degree(g, { mode: 'in' }) : null;
    const outDeg = g.directed ? degree(g, { mode: 'out' }) : null;
    const str = degree(g, { weighted: true });
    const dc = degreeCentrality(g);
    const ev = want('eigenvector') ? eigenvectorOrNull(g, weighted) : null;
    const pr = want('pagerank') ? pagerank(g, { weighted }) : zeros;
    const cl = want('clustering') ? clustering(g) : zeros;
    throwIfAborted(run.signal);
    const con = want('constraint') ? constraint(g) : null;
    throwIfAborted(run.signal);
    const eff = want('effectiveSize') ? effectiveSize(g) : null;
    throwIfAborted(run.signal);
    const louv = want('community') ? await bestLouvain(g, { restarts: 3, weighted }, { pool: engine.pool, ...run }) : { membership: new Uint32Array(n), modularity: 0 };
    throwIfAborted(run.signal);
    const all = base === null ? null : base.network.graph;
    const broker = base !== null && want('brokerage') ? brokerageOf(base) : null;
    const roles = base !== null && want('roles') ? base.ctx.roles : null;
    const organizations = net.orgs.map((o, i): OrganizationMeasures => {
      const j = all === null ? -1 : (all.index.get(o.id) ?? -1);
      return {
        id: o.id,
        name: o.name,
        kind: o.kind,
        clusterIds: o.clusters.map((c) => net.clusters[c]?.id ?? ''),
        degree: deg[i] as number,
        inDegree: inDeg === null ? null : (inDeg[i] as number),
        outDegree: outDeg === null ? null : (outDeg[i] as number),
        strength: str[i] as number,
        degreeCentrality: dc[i] as number,
        betweenness: bc.values[i] as number,
        closeness: want('closeness') ? (cc.closeness[i] as number) : 0,
        harmonic: want('harmonic') ? (cc.harmonic[i] as number) : 0,
        eigenvector: ev === null ? null : (ev[i] as number),
        pagerank: pr[i] as number,
        clustering: cl[i] as number,
        constraint: con === null ? null : (con[i] ?? null),
        effectiveSize: eff === null ? null : (eff[i] ?? null),
        withinModuleZ: roles === null || j < 0 ? 0 : (roles.withinModuleZ[j] as number),
        participation: roles === null || j < 0 ? 0 : (roles.participation[j] as number),
        role: roles === null || j < 0 ? 'ULTRA_PERIPHERAL' : (roles.roles[j] as NodeRole),
        brokerage: broker === null || j < 0 ? emptyBrokerage() : brokerageAt(broker, j),
        community: louv.membership[i] as number,
      };
    });
    return {
      scope,
      network: summary(net),
      graphVersion: net.version,
      measures,
      betweenness: bc.info,
      closeness: cc.info,
      eigenvectorConverged: want('eigenvector') ? ev !== null : true,
      modularity: louv.modularity,
      organizations,
      computeMs: performance.now() - t0,
    };
  }, control);
}

const brokerageCache = new WeakMap<object, ReturnType<typeof brokerage>>();
/** Gould–Fernandez counts on the whole network with modules as groups, once per cluster base. */
export function brokerageOf(base: { network: LoadedNetwork; ctx: { module: Uint32Array } }): ReturnType<typeof brokerage> {
  let b = brokerageCache.get(base);
  if (b === undefined) {
    b = brokerage(base.network.graph, base.ctx.module);
    brokerageCache.set(base, b);
  }
  return b;
}

function emptyBrokerage(): BrokerageRoles {
  return { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
}

function brokerageAt(b: ReturnType<typeof brokerage>, j: number): BrokerageRoles {
  return {
    coordinator: b.coordinator[j] as number,
    itinerant: b.itinerant[j] as number,
    representative: b.representative[j] as number,
    gatekeeper: b.gatekeeper[j] as number,
    liaison: b.liaison[j] as number,
    total: b.total[j] as number,
  };
}
