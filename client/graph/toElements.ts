/**
 * Maps the graph model and the view options to Cytoscape element definitions. Pure: no `cy`,
 * no DOM, so it is unit-tested and can run anywhere. The stylesheet reads what it writes here
 * through data() and mapData() (colour, normalised size, type), and UI state arrives as classes
 * (.highlighted, .faded, .pinned, .collapsed).
 *
 * Clusters as compound nodes: with `groupByCluster`, every organisation goes inside a parent
 * `grp:<clusterId>` for its primary cluster. A collapsed group is drawn as one node and the edges
 * of its members are rerouted to it, aggregated per pair into `META` edges that carry a count.
 */
import type { ElementDefinition } from 'cytoscape';
import type { SliceEdge, SliceNode } from '../src/api/operations.ts';
import type { GraphModel } from './graph-model.ts';
import { ENTITY_COLORS, KIND_COLORS, NEUTRAL, categoryColor, communityColor } from './palette.ts';

export type ColorBy = 'kind' | 'cluster' | 'community';
export type SizeBy = 'degree' | 'pagerank' | 'betweenness';

export interface NodeFilter {
  /** Organisation kinds to keep; empty = all. Non-organisations always pass. */
  kinds: readonly string[];
  sectors: readonly string[];
  regions: readonly string[];
}

export interface ViewOptions {
  colorBy: ColorBy;
  sizeBy: SizeBy;
  filter: NodeFilter;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  groupByCluster: boolean;
  collapsed: ReadonlySet<string>;
  /** Cluster ids in a fixed order (stable colours) and their names (group labels). */
  clusterOrder: readonly string[];
  clusterNames: ReadonlyMap<string, string>;
  /**
   * With colorBy 'community': each organisation's community rank (0 = largest) in the detected
   * partition; organisations not in it are drawn grey.
   */
  communities?: ReadonlyMap<string, number>;
  /** Measures by organisation id, when the analytics API provides them. */
  measures?: ReadonlyMap<string, { pagerank?: number | null; betweenness?: number | null }>;
  /** Elements to emphasise (e.g. a shortest path); every other element is faded. */
  highlight?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

export const GROUP_PREFIX = 'grp:';
export const groupId = (clusterId: string): string => `${GROUP_PREFIX}${clusterId}`;

export function passesFilter(n: SliceNode, f: NodeFilter): boolean {
  if (n.label !== 'ORGANIZATION') return true;
  if (f.kinds.length > 0 && !f.kinds.includes(n.kind ?? '')) return false;
  if (f.sectors.length > 0 && !f.sectors.includes(n.sector ?? '')) return false;
  if (f.regions.length > 0 && !f.regions.includes(n.regionId ?? '')) return false;
  return true;
}

export function nodeColor(n: SliceNode, o: Pick<ViewOptions, 'colorBy' | 'clusterOrder' | 'communities'>): string {
  if (n.label !== 'ORGANIZATION') {
    if (n.label === 'CLUSTER' && o.colorBy === 'cluster') return categoryColor(n.id, o.clusterOrder);
    return ENTITY_COLORS[n.label] ?? NEUTRAL;
  }
  if (o.colorBy === 'kind') return KIND_COLORS[n.kind ?? ''] ?? NEUTRAL;
  if (o.colorBy === 'community') {
    const rank = o.communities?.get(n.id);
    return rank === undefined ? NEUTRAL : communityColor(rank);
  }
  const primary = n.clusterIds[0];
  return primary === undefined ? NEUTRAL : categoryColor(primary, o.clusterOrder);
}

function classesOf(id: string, o: ViewOptions, extra: string[]): string {
  const cls = [...extra];
  if (o.pinned.has(id)) cls.push('pinned');
  if (o.highlight) cls.push(o.highlight.nodes.has(id) || o.highlight.edges.has(id) ? 'highlighted' : 'faded');
  return cls.join(' ');
}

/** Where a node is drawn: itself, or the collapsed group that swallowed it. */
function endpointOf(n: SliceNode, o: ViewOptions): string {
  const primary = n.clusterIds[0];
  if (o.groupByCluster && n.label === 'ORGANIZATION' && primary !== undefined && o.collapsed.has(primary)) return groupId(primary);
  return n.id;
}

export function toElements(graph: GraphModel, o: ViewOptions): ElementDefinition[] {
  const visible = new Map<string, SliceNode>();
  for (const n of graph.nodes.values()) if (!o.hidden.has(n.id) && passesFilter(n, o.filter)) visible.set(n.id, n);

  const edges: SliceEdge[] = [];
  const degree = new Map<string, number>();
  for (const e of graph.edges.values()) {
    if (!visible.has(e.source) || !visible.has(e.target)) continue;
    edges.push(e);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }

  const sizeOf = (id: string): number => {
    if (o.sizeBy === 'degree') return degree.get(id) ?? 0;
    const m = o.measures?.get(id);
    return (o.sizeBy === 'pagerank' ? m?.pagerank : m?.betweenness) ?? 0;
  };
  let maxSize = 0;
  for (const id of visible.keys()) maxSize = Math.max(maxSize, sizeOf(id));

  const out: ElementDefinition[] = [];
  const groups = new Map<string, number>(); // cluster id → members drawn in it
  for (const n of visible.values()) {
    const primary = n.clusterIds[0];
    if (o.groupByCluster && n.label === 'ORGANIZATION' && primary !== undefined) groups.set(primary, (groups.get(primary) ?? 0) + 1);
  }
  // Parents first: Cytoscape needs a parent to exist before its children are added.
  for (const [clusterId, members] of groups) {
    const collapsed = o.collapsed.has(clusterId);
    const id = groupId(clusterId);
    out.push({
      group: 'nodes',
      data: {
        id,
        label: `${o.clusterNames.get(clusterId) ?? clusterId}${collapsed ? ` (${members})` : ''}`,
        entity: 'GROUP',
        clusterId,
        isGroup: true,
        collapsed,
        members,
        color: categoryColor(clusterId, o.clusterOrder),
        size: collapsed ? Math.min(1, 0.35 + members / 150) : 0,
      },
      classes: classesOf(id, o, collapsed ? ['group', 'collapsed'] : ['group']),
    });
  }

  for (const n of visible.values()) {
    const at = endpointOf(n, o);
    if (at !== n.id) continue; // inside a collapsed group
    const primary = n.clusterIds[0];
    const raw = sizeOf(n.id);
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.name,
        entity: n.label,
        kind: n.kind ?? '',
        sector: n.sector ?? '',
        regionId: n.regionId ?? '',
        cluster: primary ?? '',
        color: nodeColor(n, o),
        degree: degree.get(n.id) ?? 0,
        measure: raw,
        size: maxSize > 0 ? raw / maxSize : 0,
        ...(o.groupByCluster && n.label === 'ORGANIZATION' && primary !== undefined ? { parent: groupId(primary) } : {}),
      },
      classes: classesOf(n.id, o, [n.label.toLowerCase()]),
    });
  }

  const meta = new Map<string, { source: string; target: string; count: number }>();
  for (const e of edges) {
    const s = visible.get(e.source);
    const t = visible.get(e.target);
    if (s === undefined || t === undefined) continue;
    const a = endpointOf(s, o);
    const b = endpointOf(t, o);
    if (a === e.source && b === e.target) {
      out.push({
        group: 'edges',
        data: {
          id: e.id, source: e.source, target: e.target, type: e.type, kind: e.kind ?? '',
          weight: e.weight ?? 1, directed: e.directed, since: e.since ?? null, until: e.until ?? null,
        },
        classes: classesOf(e.id, o, [e.directed ? 'directed' : 'undirected']),
      });
      continue;
    }
    if (a === b) continue; // a tie inside one collapsed group
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `meta:${x}|${y}`;
    const m = meta.get(key);
    if (m === undefined) meta.set(key, { source: x, target: y, count: 1 });
    else m.count += 1;
  }
  for (const [id, m] of meta) {
    out.push({ group: 'edges', data: { id, source: m.source, target: m.target, type: 'META', count: m.count, weight: m.count, directed: false }, classes: classesOf(id, o, ['meta']) });
  }
  return out;
}
