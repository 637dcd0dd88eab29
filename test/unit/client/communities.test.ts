import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, COMMUNITY_COLORS, NEUTRAL, communityColor } from '../../../client/graph/palette.ts';
import { EMPTY_GRAPH, mergeSlice } from '../../../client/graph/graph-model.ts';
import { toElements, type ViewOptions } from '../../../client/graph/toElements.ts';
import { clusterIdsOf, communitiesInView, communityNetwork, communityRanks, communityRequest } from '../../../client/src/communities/communities.ts';
import type { SliceNode } from '../../../client/src/api/operations.ts';
import { DEFAULT_REL_TYPES, DEFAULT_STATE } from '../../../client/src/state/explorer-state.ts';
import { decodeState, encodeState } from '../../../client/src/state/url-state.ts';

const community = (id: number, organizationIds: string[], dominantClusterId: string | null = null, dominantShare = 0) => ({ id, size: organizationIds.length, organizationIds, dominantClusterId, dominantShare });
// Largest first, as the API sends them; Louvain's own ids are not ranks.
const result = { communities: [community(7, ['a', 'b', 'c'], 'A', 2 / 3), community(2, ['d', 'e'], 'B', 1), community(0, ['f'])] };

describe('colour by community: the request', () => {
  it('maps the whole graph and cluster scopes to an analytics scope with the explorer’s tie types and year', () => {
    expect(communityRequest({ kind: 'all' }, [], DEFAULT_REL_TYPES, null)).toEqual({ ok: true, scope: { all: true }, network: null, basis: 'every organisation' });
    const r = communityRequest({ kind: 'clusters', ids: ['cl-auto', 'cl-chem'] }, ['ignored'], ['SUPPLIES', 'MEMBER_OF'], 2015);
    expect(r).toEqual({ ok: true, scope: { clusterIds: ['cl-auto', 'cl-chem'] }, network: { types: ['SUPPLIES'], asOf: 2015 }, basis: 'the members of 2 clusters' });
  });

  it('measures a neighbourhood as the clusters of its organisations, and says why it cannot without any', () => {
    const r = communityRequest({ kind: 'focus', id: 'a', depth: 1 }, ['A', 'B'], DEFAULT_REL_TYPES, null);
    expect(r.ok && r.scope).toEqual({ clusterIds: ['A', 'B'] });
    const none = communityRequest({ kind: 'focus', id: 'a', depth: 1 }, [], DEFAULT_REL_TYPES, null);
    expect(none.ok).toBe(false);
    expect(!none.ok && none.reason).toMatch(/no organisation in this neighbourhood belongs to a cluster/);
    expect(communityRequest({ kind: 'none' }, [], DEFAULT_REL_TYPES, null).ok).toBe(false);
  });

  it('asks for the default network when the view shows all three tie types or none of them', () => {
    expect(communityNetwork(['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN', 'MEMBER_OF'], null)).toBeNull();
    expect(communityNetwork(['MEMBER_OF', 'LOCATED_IN'], null)).toBeNull();
    expect(communityNetwork(['INVESTS_IN', 'COLLABORATES_WITH'], 2010)).toEqual({ types: ['COLLABORATES_WITH', 'INVESTS_IN'], asOf: 2010 });
  });

  it('collects every cluster of the organisations loaded, once, sorted', () => {
    expect(clusterIdsOf([
      { label: 'ORGANIZATION', clusterIds: ['B', 'A'] },
      { label: 'ORGANIZATION', clusterIds: ['A'] },
      { label: 'CLUSTER', clusterIds: ['Z'] },
      { label: 'ORGANIZATION', clusterIds: [] },
    ])).toEqual(['A', 'B']);
  });
});

describe('colour by community: ranks, legend and colours', () => {
  it('ranks organisations by their community’s place in the largest-first list', () => {
    const ranks = communityRanks(result);
    expect([...ranks]).toEqual([['a', 0], ['b', 0], ['c', 0], ['d', 1], ['e', 1], ['f', 2]]);
  });

  it('lists the communities with organisations in view and counts the ones in none', () => {
    const ranks = communityRanks(result);
    expect(communitiesInView(result, ranks, ['e', 'a', 'x', 'b', 'y'])).toEqual({
      communities: [
        { rank: 0, inView: 2, size: 3, dominantClusterId: 'A', dominantShare: 2 / 3 },
        { rank: 1, inView: 1, size: 2, dominantClusterId: 'B', dominantShare: 1 },
      ],
      outside: 2,
    });
  });

  it('gives every rank its own colour, never the grey of "not in the result"', () => {
    expect(communityColor(0)).toBe(CATEGORY_COLORS[0]);
    expect(COMMUNITY_COLORS).not.toContain('#BAB0AC');
    const colours = Array.from({ length: 60 }, (_, i) => communityColor(i));
    expect(new Set(colours).size).toBe(60);
    for (const c of colours) {
      expect(c).toMatch(/^#[0-9A-F]{6}$/i);
      expect(c).not.toBe(NEUTRAL);
    }
    expect(communityColor(25)).toBe(communityColor(25));
    expect(communityColor(-1)).toBe(NEUTRAL);
  });

  it('colours organisations by community rank and the others grey; other entities keep their colours', () => {
    const org = (id: string): SliceNode => ({ id, label: 'ORGANIZATION', name: id, kind: 'ENTERPRISE', sector: null, regionId: null, clusterIds: ['A'], depth: null, degree: 0 });
    const graph = mergeSlice(EMPTY_GRAPH, {
      nodes: [org('a'), org('d'), org('z'), { ...org('A'), label: 'CLUSTER', kind: null, clusterIds: [] }],
      edges: [],
      truncated: false,
    });
    const o: ViewOptions = {
      colorBy: 'community', sizeBy: 'degree', filter: { kinds: [], sectors: [], regions: [] }, hidden: new Set(), pinned: new Set(),
      groupByCluster: false, collapsed: new Set(), clusterOrder: ['A'], clusterNames: new Map(), highlight: null, communities: communityRanks(result),
    };
    const colour = (id: string): unknown => toElements(graph, o).find((e) => e.data.id === id)?.data['color'];
    expect(colour('a')).toBe(communityColor(0));
    expect(colour('d')).toBe(communityColor(1));
    expect(colour('z')).toBe(NEUTRAL);
    expect(colour('A')).toBe('#444B5A');
    const { communities: _unused, ...loading } = o;
    expect(toElements(graph, loading).find((e) => e.data.id === 'a')?.data['color']).toBe(NEUTRAL);
  });

  it('keeps the choice in the URL', () => {
    const q = encodeState({ ...DEFAULT_STATE, scope: { kind: 'clusters', ids: ['cl-auto'] }, colorBy: 'community' });
    expect(q).toContain('color=community');
    expect(decodeState(q).colorBy).toBe('community');
    expect(decodeState('color=bogus').colorBy).toBe('kind');
  });
});
