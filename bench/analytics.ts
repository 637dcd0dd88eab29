/**
 * `npm run bench -- analytics [--quick]`: node measures of this engine against networkx and
 * python-igraph on the same graphs, in one run on this machine: Barabási–Albert graphs of 1,000,
 * 10,000 and 50,000 nodes (m = 5, average degree 10, seeded) and the demo organisation network
 * (--quick: 1,000 and 10,000 and the demo, and networkx only where it takes seconds). Each
 * measure runs once on an already built graph in every library; the engine uses its worker pool
 * (one worker per core) for betweenness, closeness and harmonic. Peers run in a venv made from
 * bench/peers/requirements.txt (ATLAS_BENCH_VENV, default /tmp/atlas-bench-venv). Also times a
 * full cluster report (cooperation, strategies, scorecard, checklist of every demo cluster).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { clustering } from '../server/algorithms/clustering.ts';
import { clusterContext, compareClusters } from '../server/algorithms/cluster/index.ts';
import { constraint } from '../server/algorithms/constraint.ts';
import { degreeCentrality } from '../server/algorithms/degree.ts';
import { eigenvectorCentrality } from '../server/algorithms/eigenvector.ts';
import { buildGraph, type CompactGraph } from '../server/algorithms/graph.ts';
import { louvain } from '../server/algorithms/louvain.ts';
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

/** Which measures each library runs at a size (networkx is skipped where it takes minutes). */
function plan(lib: Lib, n: number, quick: boolean): Measure[] {
  const all = [...MEASURES];
  const without = (...skip: Measure[]): Measure[] => all.filter((m) => !skip.includes(m));
  if (lib === 'engine') return n > 10_000 ? without('betweenness') : all;
  if (lib === 'igraph') return n > 10_000 ? without('betweenness', 'betweenness_sampled') : without('betweenness_sampled');
  if (n <= 2_000) return all;
  if (n <= 10_000) return quick ? ['degree', 'eigenvector', 'pagerank', 'clustering'] : without('betweenness', 'closeness', 'harmonic');
  return ['degree', 'eigenvector', 'pagerank', 'clustering'];
}

async function engineTimes(graph: CompactGraph, measures: Measure[], pool: WorkerPool): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const control = { pool };
  for (const m of measures) {
    const t = performance.now();
    switch (m) {
      case 'degree':
        degreeCentrality(graph);
        break;
      case 'betweenness':
        await betweennessValues(graph, {}, control);
        break;
      case 'betweenness_sampled':
        await betweennessValues(graph, { sources: sampleWithoutReplacement(graph.n, Math.min(SAMPLES, graph.n), mulberry32(1)) }, control);
        break;
      case 'closeness':
        await closenessValues(graph, {}, control);
        break;
      case 'harmonic':
        await harmonicValues(graph, {}, control);
        break;
      case 'eigenvector':
        eigenvectorCentrality(graph, { maxIter: 1000 });
        break;
      case 'pagerank':
        pagerank(graph);
        break;
      case 'clustering':
        clustering(graph);
        break;
      case 'constraint':
        constraint(graph);
        break;
      case 'louvain':
        louvain(graph, { seed: 1 });
        break;
    }
    out[m] = (performance.now() - t) / 1000;
    process.stderr.write(`  engine ${m}: ${out[m]?.toFixed(3)} s\n`);
  }
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

async function peerTimes(python: string, lib: Lib, file: string, n: number, measures: Measure[]): Promise<Record<string, number | null>> {
  if (measures.length === 0) return {};
  process.stderr.write(`  ${lib}: ${measures.join(', ')}\n`);
  const { stdout } = await run$(python, ['bench/peers/peer.py', lib, file, String(n), measures.join(','), String(SAMPLES)], {
    maxBuffer: 1 << 24,
    timeout: 3_600_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number | null>;
}

const fmt = (x: number | null | undefined): string => (x === undefined ? '—' : x === null ? 'n/a' : x < 0.01 ? x.toFixed(4) : x.toFixed(3));

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
  try {
    for (const g of graphs) {
      process.stderr.write(`${g.name}: ${g.edges.length} edges\n`);
      const file = path.join(dir, `${g.name.replace(/[^a-z0-9]+/gi, '-')}.txt`);
      await writeFile(file, g.edges.map(([u, v]) => `${u} ${v}`).join('\n'));
      const graph = buildGraph(
        g.edges.map(([u, v]) => ({ source: String(u), target: String(v) })),
        { nodes: Array.from({ length: g.n }, (_, i) => String(i)) },
      );
      const times: Record<Lib, Record<string, number | null>> = {
        engine: await engineTimes(graph, plan('engine', g.n, quick), pool),
        igraph: await peerTimes(python, 'igraph', file, g.n, plan('igraph', g.n, quick)),
        networkx: await peerTimes(python, 'networkx', file, g.n, plan('networkx', g.n, quick)),
      };
      const rows = MEASURES.map((m) => {
        const e = times.engine[m];
        const peers = [times.igraph[m], times.networkx[m]].filter((x): x is number => typeof x === 'number');
        const best = peers.length > 0 ? Math.min(...peers) : undefined;
        const ratio = e === undefined || e === null || best === undefined ? '—' : `${(e / best).toFixed(2)}×`;
        return [m, fmt(e), fmt(times.igraph[m]), fmt(times.networkx[m]), ratio];
      });
      sections.push(`### ${g.name}, ${g.edges.length.toLocaleString('en')} edges\n\n${table(['measure', 'engine s', 'igraph s', 'networkx s', 'engine / fastest peer'], rows)}`);
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
    `Times in seconds, one run each on a built graph; engine with ${pool.size} worker thread(s) for betweenness, closeness and harmonic. ` +
      `Sampled betweenness: ${SAMPLES} pivots (igraph has no sampled estimator). "—" = not run (would take minutes), "n/a" = not offered. ` +
      'Ratio < 1: the engine is faster than the fastest peer measured.',
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
