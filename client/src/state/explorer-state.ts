/**
 * The explorer's UI state: what to show (scope, expansions, filters) and how (layout, colours,
 * grouping, selection). Kept apart from the graph data it leads to (client/graph/graph-model.ts),
 * and fully serialisable, so a URL restores it (url-state.ts).
 */
import type { ColorBy, SizeBy } from '../../graph/toElements.ts';
import type { LayoutName } from '../../graph/layouts.ts';

export const REL_TYPES = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN', 'SUPPORTS', 'MEMBER_OF', 'PARTY_TO', 'LOCATED_IN'] as const;
export type RelType = (typeof REL_TYPES)[number];
export const DEFAULT_REL_TYPES: readonly RelType[] = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'];

export const ORG_KINDS = ['ENTERPRISE', 'SUPPLIER', 'UNIVERSITY', 'RESEARCH', 'FINANCIAL', 'GOVERNMENT', 'SUPPORT'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export type Scope =
  | { kind: 'none' }
  | { kind: 'focus'; id: string; depth: number }
  | { kind: 'clusters'; ids: string[] }
  | { kind: 'all' };

export interface Expansion {
  id: string;
  types: RelType[];
}

export interface ExplorerState {
  scope: Scope;
  expansions: Expansion[];
  kinds: OrgKind[];
  sectors: string[];
  regions: string[];
  relTypes: RelType[];
  asOf: number | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  layout: LayoutName;
  groupByCluster: boolean;
  collapsed: string[];
  hidden: string[];
  pinned: string[];
  selected: string[];
  path: { from: string; to: string } | null;
  /** Node positions restored from a shared URL (applied once instead of a layout). */
  positions: Record<string, { x: number; y: number }> | null;
}

export const DEFAULT_STATE: ExplorerState = {
  scope: { kind: 'none' },
  expansions: [],
  kinds: [],
  sectors: [],
  regions: [],
  relTypes: [...DEFAULT_REL_TYPES],
  asOf: null,
  colorBy: 'kind',
  sizeBy: 'degree',
  layout: 'fcose',
  groupByCluster: false,
  collapsed: [],
  hidden: [],
  pinned: [],
  selected: [],
  path: null,
  positions: null,
};

export const YEAR_MIN = 2008;
export const YEAR_MAX = 2025;

/** Toggles a value in a list (for checkbox filters and sets kept as arrays). */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
