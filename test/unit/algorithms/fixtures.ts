/**
 * Loads the networkx reference fixtures (test/fixtures/graphs/*.json, made by
 * scripts/fixtures/make_fixtures.py) and compares our per-node arrays with them.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { buildGraph, type CompactGraph } from '../../../server/algorithms/graph.ts';

export const FIXTURE_NAMES = [
  'karate',
  'les_miserables',
  'florentine',
  'random_directed',
  'random_weighted',
  'random_ties',
  'disconnected',
  'self_loops',
  'directed_self_loops',
] as const;

export type FixtureName = (typeof FIXTURE_NAMES)[number];

export interface Fixture {
  name: string;
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  edges: Array<[string, string] | [string, string, number]>;
  measures: Record<string, unknown>;
}

export type NodeValues = Record<string, number | null>;

const cache = new Map<string, Fixture>();

export function readFixtureJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/graphs/${file}`, import.meta.url), 'utf8')) as unknown;
}

export function loadFixture(name: FixtureName): Fixture {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const fixture = readFixtureJson(`${name}.json`) as Fixture;
  cache.set(name, fixture);
  return fixture;
}

export function fixtureGraph(f: Fixture): CompactGraph {
  return buildGraph(
    f.edges.map((e) => ({ source: e[0], target: e[1], weight: e[2] ?? 1 })),
    { directed: f.directed, nodes: f.nodes },
  );
}

/** A measure from the fixture; undefined when networkx did not compute it for this graph. */
export function measure<T = NodeValues>(f: Fixture, key: string): T | undefined {
  return f.measures[key] as T | undefined;
}

export function isNetworkxError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Every node's value equal to networkx's within `tol` (absolute, or relative for big values). */
export function expectNodeValues(
  graph: CompactGraph,
  actual: ArrayLike<number | null>,
  expected: NodeValues,
  tol: number,
  label = '',
): void {
  expect(actual.length).toBe(graph.n);
  const bad: string[] = [];
  for (let i = 0; i < graph.n; i++) {
    const id = graph.ids[i] as string;
    const want = expected[id];
    const got = actual[i];
    if (want === undefined) throw new Error(`fixture has no value for node ${id}`);
    if (want === null || got === null || got === undefined) {
      if (want !== got) bad.push(`${id}: got ${String(got)}, networkx ${String(want)}`);
      continue;
    }
    if (Number.isNaN(got) || Math.abs(got - want) > tol * Math.max(1, Math.abs(want))) {
      bad.push(`${id}: got ${got}, networkx ${want}`);
    }
  }
  expect(bad, `${label} differs from networkx`).toEqual([]);
}

export function expectClose(actual: number, expected: number, tol: number): void {
  expect(Number.isNaN(actual)).toBe(false);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
}
