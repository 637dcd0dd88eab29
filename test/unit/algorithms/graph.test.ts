import { describe, expect, it } from 'vitest';
import { arcWeight, buildGraph, findArc, toRecord } from '../../../server/algorithms/graph.ts';
import { ErrorCode } from '../../../server/errors.ts';

describe('buildGraph', () => {
  it('numbers nodes in order of appearance and keeps ids for mapping back', () => {
    const g = buildGraph([
      { source: 'x', target: 'y' },
      { source: 'z', target: 'x' },
    ]);
    expect(g.ids).toEqual(['x', 'y', 'z']);
    expect(g.index.get('z')).toBe(2);
    expect(toRecord(g, [1, 2, 3])).toEqual({ x: 1, y: 2, z: 3 });
  });

  it('stores an undirected edge in both rows, sorted, and a self-loop once', () => {
    const g = buildGraph([
      { source: 'a', target: 'c' },
      { source: 'a', target: 'b' },
      { source: 'a', target: 'a', weight: 3 },
    ]);
    expect(Array.from(g.offsets)).toEqual([0, 3, 4, 5]);
    expect(Array.from(g.targets)).toEqual([0, 1, 2, 0, 0]);
    expect(g.edgeCount).toBe(3);
    expect(g.selfLoopCount).toBe(1);
    expect(g.inOffsets).toBe(g.offsets);
  });

  it('merges parallel edges by summing weights (reverse direction too when undirected)', () => {
    const g = buildGraph([
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'a', weight: 0.5 },
      { source: 'a', target: 'b' },
    ]);
    expect(g.edgeCount).toBe(1);
    expect(arcWeight(g, 0, 1)).toBe(3.5);
    expect(arcWeight(g, 1, 0)).toBe(3.5);
  });

  it('keeps opposite arcs apart in a directed graph and builds the in-adjacency', () => {
    const g = buildGraph(
      [
        { source: 'a', target: 'b', weight: 2 },
        { source: 'b', target: 'a', weight: 5 },
        { source: 'c', target: 'a' },
      ],
      { directed: true },
    );
    expect(g.edgeCount).toBe(3);
    expect(arcWeight(g, 0, 1)).toBe(2);
    expect(arcWeight(g, 1, 0)).toBe(5);
    expect(findArc(g, 0, 2)).toBe(-1);
    expect(Array.from(g.inSources.subarray(g.inOffsets[0], g.inOffsets[1]))).toEqual([1, 2]);
  });

  it('includes isolated nodes given in `nodes`, and rejects unknown ids and bad weights', () => {
    const g = buildGraph([{ source: 'a', target: 'b' }], { nodes: ['b', 'a', 'c'] });
    expect(g.n).toBe(3);
    expect(g.ids).toEqual(['b', 'a', 'c']);
    const bad = expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT });
    expect(() => buildGraph([{ source: 'a', target: 'q' }], { nodes: ['a'] })).toThrow(bad);
    expect(() => buildGraph([{ source: 'a', target: 'b', weight: Number.NaN }])).toThrow(bad);
    expect(() => buildGraph([], { nodes: ['a', 'a'] })).toThrow(bad);
  });

  it('handles the empty graph', () => {
    const g = buildGraph([]);
    expect(g.n).toBe(0);
    expect(Array.from(g.offsets)).toEqual([0]);
  });
});
