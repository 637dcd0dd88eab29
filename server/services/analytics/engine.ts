/**
 * The analytics engine: the executor, the result cache and the worker pool, and the two
 * cached building blocks every service starts from — a scope's network and the cluster base
 * (the whole organisation network prepared for cluster measures). Services read the graph
 * version once per request and pass it down, so a request computes on one version throughout.
 */
import { clusterContext, cooperation, linkMatrix, type ClusterContext, type Cooperation, type LinkMatrix } from '../../algorithms/cluster/index.ts';
import type { Executor } from '../../db/executor.ts';
import { NotFoundError } from '../../errors.ts';
import { WorkerPool } from '../../workers/pool.ts';
import type { Progress } from '../../workers/parallel.ts';
import { ResultCache, type RunningComputation } from './cache.ts';
import { loadNetwork, type LoadedNetwork } from './network-builder.ts';
import { ALL, keyOf, normaliseScope, resolveNetworkOptions, type NetworkOptions, type Scope } from './scope.ts';

export interface ComputeControl {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

export interface AnalyticsEngineOptions {
  /** A pool to use; `null` computes inline; default: a new pool of one worker per core. */
  pool?: WorkerPool | null;
  cacheEntries?: number;
}

export interface ClusterBase {
  network: LoadedNetwork;
  ctx: ClusterContext;
  links: LinkMatrix;
  /** Cooperation with default parameters, by cluster index. */
  cooperation: Map<number, Cooperation>;
}

export class AnalyticsEngine {
  readonly cache: ResultCache;
  readonly pool: WorkerPool | null;
  private readonly ownsPool: boolean;

  constructor(
    readonly executor: Executor,
    options: AnalyticsEngineOptions = {},
  ) {
    this.cache = new ResultCache(options.cacheEntries ?? 256);
    this.ownsPool = options.pool === undefined;
    this.pool = options.pool === undefined ? new WorkerPool() : options.pool;
  }

  async graphVersion(): Promise<number> {
    const rows = await this.executor.read('graph-version');
    return Number(rows[0]?.['version'] ?? 0);
  }

  /**
   * A cached computation at the current graph version. `compute` gets the entry's own control
   * (aborted only when every caller waiting for it has gone; progress visible in `running()`);
   * `control.signal` is this caller's, `control.onProgress` also hears the shared progress.
   */
  async cached<T>(kind: string, params: unknown, compute: (version: number, control: Required<ComputeControl>) => Promise<T>, control: ComputeControl = {}): Promise<T> {
    const version = await this.graphVersion();
    const listener = control.onProgress;
    return this.cache.getOrCompute(
      version,
      keyOf(kind, params),
      (entry) =>
        compute(version, {
          signal: entry.signal,
          onProgress: (p) => {
            entry.onProgress(p);
            listener?.(p);
          },
        }),
      { kind, ...(control.signal ? { signal: control.signal } : {}) },
    );
  }

  /** Computations in flight with their progress (for the API's progress view). */
  running(): RunningComputation[] {
    return this.cache.running();
  }

  networkAt(version: number, scope: Scope, options: NetworkOptions = {}): Promise<LoadedNetwork> {
    const s = normaliseScope(scope);
    const o = resolveNetworkOptions(options);
    return this.cache.getOrCompute(version, keyOf('network', s, o), () => loadNetwork(this.executor, s, o));
  }

  clusterBaseAt(version: number, options: NetworkOptions = {}): Promise<ClusterBase> {
    const o = resolveNetworkOptions(options);
    return this.cache.getOrCompute(version, keyOf('clusterBase', o), async () => {
      const network = await this.networkAt(version, ALL, o);
      const ctx = clusterContext(network);
      const links = linkMatrix(ctx);
      const co = new Map<number, Cooperation>();
      for (let c = 0; c < network.clusters.length; c++) co.set(c, cooperation(ctx, c, links));
      return { network, ctx, links, cooperation: co };
    });
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool?.close();
  }
}

export function clusterIndexOf(base: ClusterBase, clusterId: string): number {
  const c = base.network.clusterIndex.get(clusterId);
  if (c === undefined) throw new NotFoundError('Cluster', clusterId);
  return c;
}
