import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ExplorerState } from '../../../client/src/state/explorer-state.ts';
import { decodeState, encodeState } from '../../../client/src/state/url-state.ts';
import { toCsv } from '../../../client/src/export/csv.ts';
import { toGraphML } from '../../../client/src/export/graphml.ts';
import { sortRows } from '../../../client/src/hubs/sortRows.ts';

describe('explorer state in the URL', () => {
  it('round-trips the whole view: scope, expansions, filters, selection, layout and positions', () => {
    const state: ExplorerState = {
      ...DEFAULT_STATE,
      scope: { kind: 'focus', id: 'org-auto-lead-1', depth: 2 },
      expansions: [{ id: 'org-food-lead-1', types: ['SUPPLIES', 'INVESTS_IN'] }],
      kinds: ['ENTERPRISE', 'UNIVERSITY'],
      sectors: ['C29', 'C20'],
      regions: ['xa-central'],
      relTypes: ['SUPPLIES', 'MEMBER_OF'],
      asOf: 2014,
      colorBy: 'cluster',
      sizeBy: 'pagerank',
      layout: 'concentric',
      groupByCluster: true,
      collapsed: ['cl-auto'],
      hidden: ['org-x'],
      pinned: ['org-y'],
      selected: ['org-auto-lead-1', 'org,with,commas'],
      path: { from: 'org-auto-lead-1', to: 'org-food-lead-1' },
    };
    const q = encodeState(state, { positions: { 'org-auto-lead-1': { x: 10.4, y: -20.6 } } });
    expect(q).toContain('scope=focus:org-auto-lead-1:2');
    expect(decodeState(q)).toEqual({ ...state, positions: { 'org-auto-lead-1': { x: 10, y: -21 } } });
  });

  it('writes nothing for defaults and falls back to defaults for malformed values', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    const s = decodeState('scope=focus::9&kinds=BANK,ENTERPRISE&rel=NOPE&asOf=abc&layout=spiral&size=weird&pos=a~x~1');
    expect(s.scope).toEqual({ kind: 'none' });
    expect(s.kinds).toEqual(['ENTERPRISE']);
    expect(s.relTypes).toEqual(DEFAULT_STATE.relTypes);
    expect(s.asOf).toBeNull();
    expect(s.layout).toBe('fcose');
    expect(s.sizeBy).toBe('degree');
    expect(s.positions).toEqual({});
    expect(decodeState('scope=clusters:cl-auto,cl-chem').scope).toEqual({ kind: 'clusters', ids: ['cl-auto', 'cl-chem'] });
  });
});

describe('exports', () => {
  it('writes RFC 4180 CSV with quoting', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], [1.5, null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n1.5,\r\n');
  });

  it('writes GraphML with typed keys, escaped values and positions', () => {
    const xml = toGraphML([{ id: 'a&b', data: { id: 'a&b', label: 'A <1>', degree: 3 }, x: 1.2, y: 2 }], [{ id: 'e1', source: 'a&b', target: 'a&b', data: { type: 'SUPPLIES', weight: 2 } }]);
    expect(xml).toContain('<node id="a&amp;b">');
    expect(xml).toContain('attr.name="degree" attr.type="double"');
    expect(xml).toContain('>A &lt;1&gt;</data>');
    expect(xml).toContain('<data key="n_x">1</data>');
    expect(xml).toContain('<edge id="e1" source="a&amp;b" target="a&amp;b">');
  });

  it('sorts table rows by a column with missing values last and ties by rank', () => {
    const rows = [{ rank: 1, v: 2 }, { rank: 2, v: null }, { rank: 3, v: 5 }, { rank: 4, v: 2 }];
    expect(sortRows(rows, (r) => r.v, 'desc').map((r) => r.rank)).toEqual([3, 1, 4, 2]);
    expect(sortRows(rows, (r) => r.v, 'asc').map((r) => r.rank)).toEqual([1, 4, 3, 2]);
  });
});
