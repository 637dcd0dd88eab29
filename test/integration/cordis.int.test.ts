/**
 * Real data through the importer into Neo4j and back out equals networkx: the Portuguese slice of
 * CORDIS Horizon 2020 (`npm run import:cordis -- data/cordis-h2020 --countries=PT`), checked
 * against test/fixtures/cordis/reference-pt.json, which scripts/cordis/reference.py computed from
 * the raw files with pandas and networkx. Source: CORDIS, European Commission.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  betweennessCentrality,
  buildGraph,
  connectedComponents,
  degree,
  pagerank,
  strength,
  type CompactGraph,
} from '../../server/algorithms/index.ts';
import type { Executor } from '../../server/db/executor.ts';
import { freshDatabase, graphCounts, testExecutor } from './support/database.ts';
import { runCliProcess, type CliResult } from './support/cli.ts';

interface Ranked {
  id: string;
  value: number;
}

interface Reference {
  country: string;
  minClusterSize: number;
  counts: {
    participations: number;
    organizations: number;
    projects: number;
    pairs: number;
    totalWeight: number;
    clusters: number;
    memberships: number;
    coordinatorMemberships: number;
    kinds: Record<string, number>;
  };
  components: { count: number; largest: number; isolated: number };
  heaviestPairs: { sourceId: string; targetId: string; weight: number; since: number; until: number }[];
  top: Record<'degree' | 'strength' | 'pagerank' | 'betweenness', Ranked[]>;
}

const REF = JSON.parse(readFileSync(new URL('../fixtures/cordis/reference-pt.json', import.meta.url), 'utf8')) as Reference;

/** The top 5 by value, ties by id: the reference script's ranking. */
function top(graph: CompactGraph, values: Float64Array, k = 5): Ranked[] {
  return [...values]
    .map((value, i) => ({ id: graph.ids[i] as string, value }))
    .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, k);
}

function expectSameRanking(actual: Ranked[], expected: Ranked[], digits: number): void {
  expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  actual.forEach((r, i) => expect(r.value).toBeCloseTo((expected[i] as Ranked).value, digits));
}

describe(`CORDIS slice ${REF.country}: import into Neo4j, read back, compare with networkx`, () => {
  let executor: Executor;
  let cli: CliResult;
  let graph: CompactGraph;
  let edges: { source: string; target: string; weight: number; since: number; until: number }[];

  beforeAll(async () => {
    executor = testExecutor();
    await freshDatabase(executor);
    cli = await runCliProcess('import-cordis', ['data/cordis-h2020', `--countries=${REF.country}`, `--min-cluster-size=${REF.minClusterSize}`]);
    const nodes = await executor.tx('READ', (tx) => tx.runText('MATCH (o:Organization) RETURN o.id AS id ORDER BY id'));
    const rows = await executor.tx('READ', (tx) =>
      tx.runText('MATCH (a:Organization)-[r:COLLABORATES_WITH]->(b:Organization) RETURN a.id AS s, b.id AS t, r.weight AS w, r.since AS since, r.until AS until'),
    );
    edges = rows.map((r) => ({ source: String(r['s']), target: String(r['t']), weight: Number(r['w']), since: Number(r['since']), until: Number(r['until']) }));
    graph = buildGraph(edges, { nodes: nodes.map((r) => String(r['id'])) });
  }, 180_000);
  afterAll(() => executor.close());

  it('imports the slice through the CLI', () => {
    expect(cli.stderr).not.toMatch(/error/i);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('Source: CORDIS, European Commission');
  });

  it('holds the reference counts of organisations, projects, participations and pairs', async () => {
    const counts = await graphCounts(executor);
    expect(counts).toMatchObject({
      organizations: REF.counts.organizations,
      alliances: REF.counts.projects,
      partyTo: REF.counts.participations,
      collaborates: REF.counts.pairs,
      clusters: REF.counts.clusters,
      memberships: REF.counts.memberships,
    });
    const kinds = await executor.tx('READ', (tx) => tx.runText('MATCH (o:Organization) RETURN o.kind AS kind, count(*) AS n ORDER BY kind'));
    expect(Object.fromEntries(kinds.map((r) => [String(r['kind']), Number(r['n'])]))).toEqual(REF.counts.kinds);
    const coordinators = await executor.tx('READ', (tx) => tx.runText("MATCH ()-[m:MEMBER_OF {role: 'COORDINATOR'}]->() RETURN count(m) AS n"));
    expect(Number(coordinators[0]?.['n'])).toBe(REF.counts.coordinatorMemberships);
  });

  it('stores each pair once, oriented, with the shared-project weight and years', () => {
    expect(edges.every((e) => e.source < e.target)).toBe(true);
    expect(edges.reduce((n, e) => n + e.weight, 0)).toBe(REF.counts.totalWeight);
    const heaviest = [...edges].sort((a, b) => b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1)).slice(0, 5);
    expect(heaviest.map((e) => ({ sourceId: e.source, targetId: e.target, weight: e.weight, since: e.since, until: e.until }))).toEqual(REF.heaviestPairs);
  });

  it('has the same connected components as networkx', () => {
    const c = connectedComponents(graph);
    expect({ count: c.count, largest: Math.max(...c.sizes), isolated: c.sizes.filter((s) => s === 1).length }).toEqual(REF.components);
  });

  it('ranks the same top 5 organisations by degree and strength', () => {
    expectSameRanking(top(graph, degree(graph)), REF.top.degree, 9);
    expectSameRanking(top(graph, strength(graph)), REF.top.strength, 9);
  });

  it('ranks the same top 5 organisations by weighted PageRank, values equal to networkx', () => {
    expectSameRanking(top(graph, pagerank(graph)), REF.top.pagerank, 8);
  });

  it('ranks the same top 5 organisations by betweenness, values equal to networkx', () => {
    expectSameRanking(top(graph, betweennessCentrality(graph)), REF.top.betweenness, 10);
  });

  it('reports the data as unchanged when the same slice is imported again', async () => {
    const again = await runCliProcess('import-cordis', ['data/cordis-h2020', `--countries=${REF.country}`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^total\s+\d+\s+0\s+0\s+\d+$/m);
  });
});
