import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../server/algorithms/brokerage.ts';
import { buildGraph } from '../../../server/algorithms/graph.ts';
import { classifyRole, guimeraAmaral } from '../../../server/algorithms/guimera-amaral.ts';
import { FIXTURE_NAMES, expectNodeValues, fixtureGraph, loadFixture, measure } from './fixtures.ts';

const edges = (pairs: string[], sep = '-'): Array<{ source: string; target: string }> =>
  pairs.map((p) => {
    const [source, target] = p.split(sep) as [string, string];
    return { source, target };
  });

interface PartitionFixture {
  membership: Record<string, number>;
  within_module_z: Record<string, number>;
  participation: Record<string, number>;
}

describe.each(FIXTURE_NAMES)('Guimerà–Amaral z and P equal the reference formulas on %s', (name) => {
  const f = loadFixture(name);
  const g = fixtureGraph(f);
  const partitions = measure<Record<string, PartitionFixture>>(f, 'partitions') ?? {};
  it.each(Object.keys(partitions))('for the %s partition', (key) => {
    const p = partitions[key] as PartitionFixture;
    const r = guimeraAmaral(g, g.ids.map((id) => p.membership[id] ?? -1));
    expectNodeValues(g, r.withinModuleZ, p.within_module_z, 1e-9, 'z');
    expectNodeValues(g, r.participation, p.participation, 1e-9, 'P');
  });
});

describe('Guimerà–Amaral roles', () => {
  it('computes z and P by hand on a small two-module graph with an isolate', () => {
    // Module A = a1..a4 (a1 the centre), module B = b1, b2, module C = the isolate c.
    const g = buildGraph(edges(['a1-a2', 'a1-a3', 'a1-a4', 'a1-b1', 'b1-b2']), {
      nodes: ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'c'],
    });
    const r = guimeraAmaral(g, [0, 0, 0, 0, 1, 1, 2]);
    // κ in A = (3, 1, 1, 1): mean 1.5, std √0.75, so z(a1) = √3 and z(leaf) = −1/√3.
    expect(r.withinModuleZ[0]).toBeCloseTo(Math.sqrt(3), 12);
    expect(r.withinModuleZ[1]).toBeCloseTo(-1 / Math.sqrt(3), 12);
    // κ in B = (1, 1): std 0, so z = 0; the isolate's one-node module too.
    expect(Array.from(r.withinModuleZ.slice(4))).toEqual([0, 0, 0]);
    // P(a1) = 1 − (3/4)² − (1/4)² = 0.375; P(b1) = 1 − 2·(1/2)² = 0.5; leaves and isolate 0.
    expect(Array.from(r.participation)).toEqual([0.375, 0, 0, 0, 0.5, 0, 0]);
    expect(r.roles).toEqual([
      'PERIPHERAL',
      'ULTRA_PERIPHERAL',
      'ULTRA_PERIPHERAL',
      'ULTRA_PERIPHERAL',
      'PERIPHERAL',
      'ULTRA_PERIPHERAL',
      'ULTRA_PERIPHERAL',
    ]);
  });

  it('recognises a provincial hub and a connector hub', () => {
    // A star of 9 leaves in one module: κ = (9, 1×9), mean 1.8, std 2.4, z(centre) = 3.
    const leaves = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8', 'l9'];
    const star = leaves.map((l) => `h-${l}`);
    const provincial = guimeraAmaral(buildGraph(edges(star)), new Array<number>(10).fill(0));
    expect(provincial.withinModuleZ[0]).toBeCloseTo(3, 12);
    expect(provincial.roles[0]).toBe('PROVINCIAL_HUB');
    // Three more ties into module X: P = 1 − (9/12)² − (3/12)² = 0.375, a connector hub.
    const g = buildGraph(edges([...star, 'h-x1', 'h-x2', 'h-x3']));
    const r = guimeraAmaral(g, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(r.participation[0]).toBeCloseTo(0.375, 15);
    expect(r.roles[0]).toBe('CONNECTOR_HUB');
  });

  it('applies the thresholds of domain.md, boundaries included', () => {
    expect(classifyRole(2.5, 0.3)).toBe('PROVINCIAL_HUB');
    expect(classifyRole(2.5, 0.30000000000000004)).toBe('PROVINCIAL_HUB');
    expect(classifyRole(3, 0.31)).toBe('CONNECTOR_HUB');
    expect(classifyRole(3, 0.75)).toBe('CONNECTOR_HUB');
    expect(classifyRole(3, 0.76)).toBe('KINLESS_HUB');
    expect(classifyRole(2.49, 0.05)).toBe('ULTRA_PERIPHERAL');
    expect(classifyRole(0, 0.62)).toBe('PERIPHERAL');
    expect(classifyRole(0, 0.8)).toBe('NON_HUB_CONNECTOR');
    expect(classifyRole(0, 0.81)).toBe('NON_HUB_KINLESS');
  });

  it('gives defined values for the empty graph and for everything in one module', () => {
    expect(guimeraAmaral(buildGraph([]), []).roles).toEqual([]);
    const g = buildGraph(edges(['a-b', 'b-c', 'c-a']));
    const r = guimeraAmaral(g, [7, 7, 7]);
    expect(Array.from(r.withinModuleZ)).toEqual([0, 0, 0]);
    expect(Array.from(r.participation)).toEqual([0, 0, 0]);
  });
});

describe('Gould–Fernandez brokerage', () => {
  it('counts each role exactly on a directed hand-made graph', () => {
    // Groups: A1, B, C1 in 1; A2, C2 in 2; A3 in 3. The arc A3→C1 closes that two-path.
    const g = buildGraph(edges(['A1>B', 'A2>B', 'A3>B', 'B>C1', 'B>C2', 'A3>C1', 'C2>A2'], '>'), {
      directed: true,
      nodes: ['A1', 'A2', 'A3', 'B', 'C1', 'C2'],
    });
    const r = brokerage(g, [1, 2, 3, 1, 1, 2]);
    const row = (i: number): number[] => [r.coordinator, r.itinerant, r.representative, r.gatekeeper, r.liaison, r.total].map((a) => a[i] ?? -1);
    // B: A1→B→C1 coordinator, A2→B→C2 itinerant, A1→B→C2 representative, A2→B→C1 gatekeeper,
    // A3→B→C2 liaison; A3→B→C1 is closed by A3→C1.
    expect(row(3)).toEqual([1, 1, 1, 1, 1, 5]);
    // C2 brokers B→C2→A2 (groups 1, 2, 2): gatekeeper. A2 brokers C2→A2→B (2, 2, 1): representative.
    expect(row(5)).toEqual([0, 0, 0, 1, 0, 1]);
    expect(row(1)).toEqual([0, 0, 1, 0, 0, 1]);
    for (const i of [0, 2, 4]) expect(row(i)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('counts an undirected open pair once per direction', () => {
    const g = buildGraph(edges(['a-b', 'b-c']));
    const r = brokerage(g, [1, 1, 2]);
    expect(r.representative[1]).toBe(1);
    expect(r.gatekeeper[1]).toBe(1);
    expect(r.total[1]).toBe(2);
    const triangle = brokerage(buildGraph(edges(['a-b', 'b-c', 'c-a'])), [1, 2, 3]);
    expect(Array.from(triangle.total)).toEqual([0, 0, 0]);
  });

  it('ignores self-loops and returns zeros on degenerate graphs', () => {
    const g = buildGraph(edges(['a-a', 'a-b']), { nodes: ['a', 'b', 'c'] });
    expect(Array.from(brokerage(g, [0, 0, 0]).total)).toEqual([0, 0, 0]);
    expect(brokerage(buildGraph([]), []).total.length).toBe(0);
  });
});
