/**
 * Prometheus text exposition (format 0.0.4) without a client library: counters and histograms
 * with labels, enough for requests, latencies, errors by code and the Neo4j session pool.
 */
type Labels = Record<string, string>;

function key(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}

export class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = key(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [k, v] of this.values) lines.push(`${this.name}${k ? `{${k}}` : ''} ${v}`);
    return lines.join('\n');
  }
}

export class Gauge {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number,
  ) {}
  render(): string {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${this.read()}`].join('\n');
  }
}

/** Values read at scrape time, one per label set (counters kept elsewhere, e.g. by a cache). */
export class Sampled {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: 'counter' | 'gauge',
    private readonly read: () => { labels: Labels; value: number }[],
  ) {}
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`];
    for (const { labels, value } of this.read()) {
      const k = key(labels);
      lines.push(`${this.name}${k ? `{${k}}` : ''} ${value}`);
    }
    return lines.join('\n');
  }
}

export class Histogram {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  ) {}
  observe(labels: Labels, seconds: number): void {
    const k = key(labels);
    const s = this.series.get(k) ?? { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
    this.buckets.forEach((b, i) => {
      if (seconds <= b) s.counts[i] = (s.counts[i] ?? 0) + 1;
    });
    s.sum += seconds;
    s.count += 1;
    this.series.set(k, s);
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [k, s] of this.series) {
      const sep = k ? `${k},` : '';
      this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket{${sep}le="${b}"} ${s.counts[i] ?? 0}`));
      lines.push(`${this.name}_bucket{${sep}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${k ? `{${k}}` : ''} ${s.sum}`);
      lines.push(`${this.name}_count${k ? `{${k}}` : ''} ${s.count}`);
    }
    return lines.join('\n');
  }
}

export interface AppMetrics {
  requests: Counter;
  errors: Counter;
  latency: Histogram;
  render(): string;
}

export interface CacheSample {
  cache: string;
  hits: number;
  misses: number;
  entries: number;
  weight: number;
}

export function createMetrics(pool: { inUse: () => number; max: number }, caches: () => CacheSample[] = () => []): AppMetrics {
  const requests = new Counter('atlas_http_requests_total', 'HTTP requests by route and status');
  const errors = new Counter('atlas_graphql_errors_total', 'GraphQL errors by code');
  const latency = new Histogram('atlas_http_request_duration_seconds', 'Request latency by route');
  const inUse = new Gauge('atlas_neo4j_sessions_in_use', 'Neo4j sessions open now', pool.inUse);
  const max = new Gauge('atlas_neo4j_pool_max', 'Neo4j connection pool size', () => pool.max);
  const of = (f: (c: CacheSample) => number) => () => caches().map((c) => ({ labels: { cache: c.cache }, value: f(c) }));
  const cacheMetrics = [
    new Sampled('atlas_cache_hits_total', 'Reads answered by a graph-version cache (slices, cluster network)', 'counter', of((c) => c.hits)),
    new Sampled('atlas_cache_misses_total', 'Reads that computed and filled a graph-version cache', 'counter', of((c) => c.misses)),
    new Sampled('atlas_cache_entries', 'Entries in a graph-version cache now', 'gauge', of((c) => c.entries)),
    new Sampled('atlas_cache_weight', 'Nodes and edges held by the slice cache now', 'gauge', of((c) => c.weight)),
  ];
  return {
    requests,
    errors,
    latency,
    render: () => `${[requests, errors, latency, inUse, max, ...cacheMetrics].map((m) => m.render()).join('\n')}\n`,
  };
}
