/**
 * The explorer state in a URL query string and back. Readable names, lists comma-separated,
 * positions rounded to whole pixels. Decoding is forgiving: unknown or malformed values fall back
 * to defaults, so an old or hand-edited link still opens.
 */
import { isLayoutName } from '../../graph/layouts.ts';
import { DEFAULT_REL_TYPES, DEFAULT_STATE, ORG_KINDS, REL_TYPES, type ExplorerState, type OrgKind, type RelType, type Scope } from './explorer-state.ts';

const list = (v: string | null): string[] => (v === null || v === '' ? [] : v.split(',').map(decodeURIComponent).filter((s) => s !== ''));
const enc = (values: readonly string[]): string => values.map((v) => encodeURIComponent(v)).join(',');

function scopeToString(s: Scope): string | null {
  switch (s.kind) {
    case 'none':
      return null;
    case 'focus':
      return `focus:${encodeURIComponent(s.id)}:${s.depth}`;
    case 'clusters':
      return `clusters:${enc(s.ids)}`;
    case 'all':
      return 'all';
    default: {
      const never: never = s;
      return String(never);
    }
  }
}

function scopeFromString(v: string | null): Scope {
  if (v === null) return { kind: 'none' };
  if (v === 'all') return { kind: 'all' };
  const [kind, rest = '', depth] = v.split(':');
  if (kind === 'focus' && rest !== '') {
    const d = Number(depth);
    return { kind: 'focus', id: decodeURIComponent(rest), depth: Number.isInteger(d) && d >= 1 && d <= 3 ? d : 1 };
  }
  if (kind === 'clusters') {
    const ids = list(rest);
    if (ids.length > 0) return { kind: 'clusters', ids };
  }
  return { kind: 'none' };
}

const isRelType = (v: string): v is RelType => (REL_TYPES as readonly string[]).includes(v);
const isKind = (v: string): v is OrgKind => (ORG_KINDS as readonly string[]).includes(v);

export function encodeState(s: ExplorerState, options: { positions?: Record<string, { x: number; y: number }> } = {}): string {
  const p = new URLSearchParams();
  const scope = scopeToString(s.scope);
  if (scope !== null) p.set('scope', scope);
  if (s.expansions.length > 0) p.set('exp', s.expansions.map((e) => `${encodeURIComponent(e.id)}~${e.types.join('.')}`).join(','));
  if (s.kinds.length > 0) p.set('kinds', s.kinds.join(','));
  if (s.sectors.length > 0) p.set('sectors', enc(s.sectors));
  if (s.regions.length > 0) p.set('regions', enc(s.regions));
  if (s.relTypes.join(',') !== DEFAULT_REL_TYPES.join(',')) p.set('rel', s.relTypes.join(','));
  if (s.asOf !== null) p.set('asOf', String(s.asOf));
  if (s.colorBy !== DEFAULT_STATE.colorBy) p.set('color', s.colorBy);
  if (s.sizeBy !== DEFAULT_STATE.sizeBy) p.set('size', s.sizeBy);
  if (s.layout !== DEFAULT_STATE.layout) p.set('layout', s.layout);
  if (s.groupByCluster) p.set('group', '1');
  if (s.collapsed.length > 0) p.set('collapsed', enc(s.collapsed));
  if (s.hidden.length > 0) p.set('hidden', enc(s.hidden));
  if (s.pinned.length > 0) p.set('pinned', enc(s.pinned));
  if (s.selected.length > 0) p.set('sel', enc(s.selected));
  if (s.path !== null) p.set('path', enc([s.path.from, s.path.to]));
  const pos = options.positions;
  if (pos !== undefined && Object.keys(pos).length > 0) {
    p.set('pos', Object.entries(pos).map(([id, { x, y }]) => `${encodeURIComponent(id)}~${Math.round(x)}~${Math.round(y)}`).join(','));
  }
  // URLSearchParams would percent-encode our separators again; keep the link readable.
  return p.toString().replace(/%2C/g, ',').replace(/%7E/g, '~').replace(/%3A/g, ':');
}

export function decodeState(query: string): ExplorerState {
  const p = new URLSearchParams(query);
  const year = Number(p.get('asOf'));
  const rel = list(p.get('rel')).filter(isRelType);
  const pathIds = list(p.get('path'));
  const color = p.get('color');
  const size = p.get('size');
  const layout = p.get('layout');
  let positions: ExplorerState['positions'] = null;
  const pos = p.get('pos');
  if (pos !== null && pos !== '') {
    positions = {};
    for (const item of pos.split(',')) {
      const [id, x, y] = item.split('~');
      const px = Number(x);
      const py = Number(y);
      if (id !== undefined && id !== '' && Number.isFinite(px) && Number.isFinite(py)) positions[decodeURIComponent(id)] = { x: px, y: py };
    }
  }
  return {
    scope: scopeFromString(p.get('scope')),
    expansions: list(p.get('exp')).flatMap((item) => {
      const [id, types = ''] = item.split('~');
      if (id === undefined || id === '') return [];
      const t = types.split('.').filter(isRelType);
      return [{ id: decodeURIComponent(id), types: t.length > 0 ? t : [...DEFAULT_REL_TYPES] }];
    }),
    kinds: list(p.get('kinds')).filter(isKind),
    sectors: list(p.get('sectors')),
    regions: list(p.get('regions')),
    relTypes: rel.length > 0 ? rel : [...DEFAULT_REL_TYPES],
    asOf: p.has('asOf') && Number.isInteger(year) && year >= 1800 && year <= 2100 ? year : null,
    colorBy: color === 'cluster' || color === 'community' ? color : 'kind',
    sizeBy: size === 'pagerank' || size === 'betweenness' ? size : 'degree',
    layout: isLayoutName(layout) ? layout : DEFAULT_STATE.layout,
    groupByCluster: p.get('group') === '1',
    collapsed: list(p.get('collapsed')),
    hidden: list(p.get('hidden')),
    pinned: list(p.get('pinned')),
    selected: list(p.get('sel')),
    path: pathIds.length === 2 && pathIds[0] !== undefined && pathIds[1] !== undefined ? { from: pathIds[0], to: pathIds[1] } : null,
    positions,
  };
}
