/**
 * `npm run bench -- analytics [--quick]`: node measures of this engine against networkx and
 * python-igraph on the same graphs, in one run on this machine: Barabási–Albert graphs of 1,000,
 * 10,000 and 50,000 nodes (m = 5, average degree 10, seeded) and the demo organisation network
 * (--quick: 1,000 and 10,000 and the demo, and networkx only where it takes seconds). Every
 * library runs each measure on an already built graph under one repeat rule (runs are repeated
 * while less than BUDGET seconds have been spent on that measure, at least once and at most
 * MAX_RUNS times: long measures run once, sub-millisecond ones get enough runs for a stable
 * best); the report gives the best run and the engine's first (cold JIT) run. The engine uses
 * its worker pool (one worker per core, started before timing, as a server's is) for
 * betweenness, closeness and harmonic.
 * Exact and sampled betweenness are separate rows and never compared with each other; Louvain's
 * row comes with each library's modularity. Load averages are recorded per graph. Peers run in a venv made from
 * bench/peers/requirements.txt (ATLAS_BENCH_VENV, default /tmp/atlas-bench-venv). Also times a
 * full cluster report (cooperation, strategies, scorecard, checklist of every demo cluster).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { clustering } from '../server/algorithms/clustering.ts';
import { clusterContext, compareClusters } from '../server/algorithms/cluster/index.ts';
import { constraint } from '../server/algorithms/constraint.ts';
import { degreeCentrality } from '../server/algorithms/degree.ts';
import { eigenvectorCentrality } from '../server/algorithms/eigenvector.ts';
import { buildGraph, type CompactGraph } from '../server/algorithms/graph.ts';
import { louvain } from '../server/algorithms/louvain.ts';
import { modularity } from '../server/algorithms/modularity.ts';
import { pagerank } from '../server/algorithms/pagerank.ts';
import { mulberry32, sampleWithoutReplacement } from '../server/algorithms/random.ts';
import { parseArgs } from '../server/cli/args.ts';
import { readDataset } from '../server/dataset/index.ts';
import { betweennessValues, closenessValues, harmonicValues } from '../server/workers/parallel.ts';
import { WorkerPool } from '../server/workers/pool.ts';
import { demoNetwork } from './peers/demo-network.ts';
import { machineLine, saveReport, table } from './machine.ts';

const run$ = promisify(execFile);
const MEASURES = ['degree', 'betweenness', 'betweenness_sampled', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'clustering', 'constraint', 'louvain'] as const;
type Measure = (typeof MEASURES)[number];
type Lib = 'engine' | 'igraph' | 'networkx';
const SAMPLES = 200;
/** Repeat rule, shared with bench/peers/peer.py (passed on its command line). */
const MAX_RUNS = 1000;
const BUDGET = 1;

interface Timing {
  best: number;
  first: number;
  runs: number;
}

/** Runs `fn` under the repeat rule shared with bench/peers/peer.py. */
async function timed(fn: () => unknown): Promise<Timing> {
  const times: number[] = [];
  let spent = 0;
  while (times.length < MAX_RUNS && spent < BUDGET) {
    const t = performance.now();
    await fn();
    const s = (performance.now() - t) / 1000;
    times.push(s);
    spent += s;
  }
  return { best: Math.min(...times), first: times[0] as number, runs: times.length };
}

/** Barabási–Albert (1999) by preferential attachment: each new node ties to m distinct earlier nodes. */
export function barabasiAlbert(n: number, m: number, seed: number): Array<[number, number]> {
  const rng = mulberry32(seed);
  const ends: number[] = [];
  const edges: Array<[number, number]> = [];
  for (let v = m; v < n; v++) {
    const chosen = new Set<number>();
    while (chosen.size < m) chosen.add(v === m ? chosen.size : (ends[Math.floor(rng() * ends.length)] as number));
    for (const u of chosen) {
      edges.push([u, v]);
      ends.push(u, v);
    }
  }
  return edges;
}

/**
 * Which measures each library runs at a size. networkx is skipped where one run takes minutes
 * (exact betweenness, closeness and harmonic above 2,000 nodes; sampled betweenness, constraint
 * and Louvain above 10,000); its sampled betweenness (200 pivots) stands only against ours.
 */
function plan(lib: Lib, n: number, quick: boolean): Measure[] {
  const all = [...MEASURES];
  const without = (...skip: Measure[]): Measure[] => all.filter((m) => !skip.includes(m));
  if (lib === 'engine') return all;
  if (lib === 'igraph') return without('betweenness_sampled');
  if (n <= 2_000) return all;
  if (n <= 10_000) return quick ? ['degree', 'eigenvector', 'pagerank', 'clustering'] : without('betweenness', 'closeness', 'harmonic');
  return ['degree', 'eigenvector', 'pagerank', 'clustering'];
}

interface LibTimes {
  best: Record<string, number | null>;
  first: Record<string, number | null>;
  runs: Record<string, number>;
  louvainQ: number | null;
}

async function engineTimes(graph: CompactGraph, measures: Measure[], pool: WorkerPool): Promise<LibTimes> {
  const out: LibTimes = { best: {}, first: {}, runs: {}, louvainQ: null };
  const control = { pool };
  const run: Record<Measure, () => unknown> = {
    degree: () => degreeCentrality(graph),
    betweenness: () => betweennessValues(graph, {}, control),
    betweenness_sampled: () => betweennessValues(graph, { sources: sampleWithoutReplacement(graph.n, Math.min(SAMPLES, graph.n), mulberry32(1)) }, control),
    closeness: () => closenessValues(graph, {}, control),
    harmonic: () => harmonicValues(graph, {}, control),
    eigenvector: () => eigenvectorCentrality(graph, { maxIter: 1000 }),
    pagerank: () => pagerank(graph),
    clustering: () => clustering(graph),
    constraint: () => constraint(graph),
    louvain: () => louvain(graph, { seed: 1 }),
  };
  for (const m of measures) {
    const t = await timed(run[m]);
    out.best[m] = t.best;
    out.first[m] = t.first;
    out.runs[m] = t.runs;
    process.stderr.write(`  engine ${m}: best ${t.best.toFixed(4)} s, first ${t.first.toFixed(4)} s (${t.runs} run(s))\n`);
  }
  if (measures.includes('louvain')) out.louvainQ = modularity(graph, louvain(graph, { seed: 1 }).membership);
  return out;
}

async function ensureVenv(): Promise<string> {
  const venv = process.env['ATLAS_BENCH_VENV'] ?? '/tmp/atlas-bench-venv';
  const python = path.join(venv, 'bin', 'python');
  if (!existsSync(python)) {
    process.stderr.write(`creating ${venv} from bench/peers/requirements.txt\n`);
    await run$('python3', ['-m', 'venv', venv]);
    await run$(path.join(venv, 'bin', 'pip'), ['install', '-q', '-r', 'bench/peers/requirements.txt'], { maxBuffer: 1 << 24 });
  }
  return python;
}

async function peerTimes(python: string, lib: Lib, file: string, n: number, measures: Measure[]): Promise<LibTimes> {
  if (measures.length === 0) return { best: {}, first: {}, runs: {}, louvainQ: null };
  process.stderr.write(`  ${lib}: ${measures.join(', ')}\n`);
  const { stdout } = await run$(python, ['bench/peers/peer.py', lib, file, String(n), measures.join(','), String(SAMPLES), String(MAX_RUNS), String(BUDGET)], {
    maxBuffer: 1 << 24,
    timeout: 3_600_000,
  });
  const r = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    best: Record<string, number | null>;
    first: Record<string, number | null>;
    runs: Record<string, number>;
    louvain_q: number | null;
  };
  return { best: r.best, first: r.first, runs: r.runs, louvainQ: r.louvain_q };
}

const fmt = (x: number | null | undefined): string =>
  x === undefined ? '—' : x === null ? 'n/a' : x < 0.001 ? x.toFixed(6) : x < 0.01 ? x.toFixed(4) : x.toFixed(3);
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' / ');

export async function run(argv: string[]): Promise<void> {
  const quick = parseArgs(argv).flags.has('quick');
  const dir = path.join('bench', '.data', 'analytics');
  await mkdir(dir, { recursive: true });
  const python = await ensureVenv();
  const pool = new WorkerPool();
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
  const graphs: Array<{ name: string; edges: Array<[number, number]>; n: number }> = sizes.map((n) => ({
    name: `BA n=${n.toLocaleString('en')} m=5`,
    edges: barabasiAlbert(n, 5, 2026),
    n,
  }));
  const dataset = await readDataset('data/demo');
  const demo = demoNetwork(dataset);
  graphs.push({ name: `demo (${demo.graph.n} organisations)`, edges: demoEdges(demo.graph), n: demo.graph.n });

  const sections: string[] = [];
  const startLoad = load();
  try {
    await pool.warm();
    for (const g of graphs) {
      process.stderr.write(`${g.name}: ${g.edges.length} edges\n`);
      const file = path.join(dir, `${g.name.replace(/[^a-z0-9]+/gi, '-')}.txt`);
      await writeFile(file, g.edges.map(([u, v]) => `${u} ${v}`).join('\n'));
      const graph = buildGraph(
        g.edges.map(([u, v]) => ({ source: String(u), target: String(v) })),
        { nodes: Array.from({ length: g.n }, (_, i) => String(i)) },
      );
      const loadBefore = load();
      const times: Record<Lib, LibTimes> = {
        engine: await engineTimes(graph, plan('engine', g.n, quick), pool),
        igraph: await peerTimes(python, 'igraph', file, g.n, plan('igraph', g.n, quick)),
        networkx: await peerTimes(python, 'networkx', file, g.n, plan('networkx', g.n, quick)),
      };
      const loadAfter = load();
      const rows = MEASURES.map((m) => {
        const e = times.engine.best[m];
        const peers = [times.igraph.best[m], times.networkx.best[m]].filter((x): x is number => typeof x === 'number');
        const best = peers.length > 0 ? Math.min(...peers) : undefined;
        const ratio = e === undefined || e === null || best === undefined ? '—' : `${(e / best).toFixed(2)}×`;
        const label = m === 'betweenness' ? 'betweenness (exact)' : m === 'betweenness_sampled' ? `betweenness (${SAMPLES} pivots)` : m;
        return [label, fmt(e), fmt(times.engine.first[m]), fmt(times.igraph.best[m]), fmt(times.networkx.best[m]), ratio];
      });
      const q = (x: number | null): string => (x === null ? '—' : x.toFixed(4));
      sections.push(
        [
          `### ${g.name}, ${g.edges.length.toLocaleString('en')} edges`,
          '',
          `Load average (1 / 5 / 15 min) before: ${loadBefore}; after: ${loadAfter}.`,
          '',
          table(['measure', 'engine s (best)', 'engine s (first run)', 'igraph s', 'networkx s', 'engine / fastest peer'], rows),
          '',
          `Louvain modularity reached: engine ${q(times.engine.louvainQ)}, igraph ${q(times.igraph.louvainQ)}, networkx ${q(times.networkx.louvainQ)}.`,
        ].join('\n'),
      );
    }
    // A full cluster report of every demo cluster, from the built network (no database): once cold, then warm.
    const coldT = performance.now();
    compareClusters(clusterContext(demo), demo.clusters.map((_, i) => i));
    const cold = (performance.now() - coldT) / 1000;
    const warmT = performance.now();
    compareClusters(clusterContext(demo), demo.clusters.map((_, i) => i));
    const warm = (performance.now() - warmT) / 1000;
    sections.push(`### Cluster report on the demo\n\nAll ${demo.clusters.length} clusters (cooperation, strategies, scorecard, checklist), computed from the network: ${cold.toFixed(3)} s cold, ${warm.toFixed(3)} s warm.`);
  } finally {
    await pool.close();
  }
  const md = [
    `# Analytics benchmark${quick ? ' (quick)' : ''}`,
    '',
    machineLine(),
    '',
    `Load average (1 / 5 / 15 min) at the start: ${startLoad}; at the end: ${load()} — the machine is shared, so absolute times ` +
      'vary from run to run; every library of a section ran in the same run, one after the other.',
    '',
    `Times in seconds on a built graph. Each library repeats each measure while less than ${BUDGET} s have been spent on it, ` +
      `at least once and at most ${MAX_RUNS} times (so long measures run once and sub-millisecond ones many times, same rule on ` +
      'every side); "best" is the fastest run, the ratio compares best with best. ' +
      '"first run" is the engine\'s first call on that graph (V8 still compiling the code). ' +
      `The engine uses ${pool.size} worker thread(s), started before timing, for betweenness, closeness and harmonic; ` +
      'igraph and networkx run on one thread. ' +
      `"betweenness (exact)" is exact in every column; "betweenness (${SAMPLES} pivots)" is the sampled estimate (engine and networkx; ` +
      'igraph has none) and is never compared with an exact run. "—" = not run (networkx would take minutes), "n/a" = not offered. ' +
      'Ratio < 1: the engine is faster than the fastest peer measured. Louvain: each library\'s own algorithm and random order ' +
      '(the engine repeats the multilevel procedure until a round gains nothing), so the modularity reached is given beside it.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  process.stdout.write(`${md}\n`);
  const file = await saveReport(quick ? 'analytics-quick' : 'analytics', md);
  process.stderr.write(`saved ${file}\n`);
}

function demoEdges(g: CompactGraph): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let u = 0; u < g.n; u++) {
    for (let p = g.offsets[u] as number; p < (g.offsets[u + 1] as number); p++) {
      const v = g.targets[p] as number;
      if (u < v) out.push([u, v]);
    }
  }
  return out;
}
