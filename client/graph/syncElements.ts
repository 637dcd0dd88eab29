/**
 * Brings a Cytoscape instance to a list of element definitions with the fewest changes, inside
 * one cy.batch() (as react-cytoscapejs's patch does): removes what is gone, moves nodes whose
 * compound parent changed, adds what is new (parents first), updates data and classes in place.
 * New nodes are placed next to a neighbour or their parent, so an incremental layout starts well.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';

const FIXED_KEYS = new Set(['id', 'parent', 'source', 'target']);

function sameData(ele: { data(key: string): unknown }, data: Record<string, unknown>): boolean {
  for (const [k, v] of Object.entries(data)) if (!FIXED_KEYS.has(k) && ele.data(k) !== v) return false;
  return true;
}

export interface SyncResult {
  added: string[];
  removed: number;
}

export function syncElements(cy: Core, defs: readonly ElementDefinition[], pinned: ReadonlySet<string>): SyncResult {
  const want = new Map<string, ElementDefinition>();
  for (const d of defs) if (d.data.id !== undefined) want.set(d.data.id, d);
  const added: string[] = [];
  let removed = 0;
  cy.batch(() => {
    const staleEdges = cy.edges().filter((e) => {
      const d = want.get(e.id());
      return d === undefined || d.data.source !== e.data('source') || d.data.target !== e.data('target');
    });
    removed += staleEdges.length;
    staleEdges.remove();

    const nodeDefs = defs.filter((d) => d.group === 'nodes');
    const parentIds = new Set(nodeDefs.map((d) => d.data.parent).filter((p): p is string => typeof p === 'string'));
    const parentsFirst = [...nodeDefs].sort((a, b) => Number(parentIds.has(b.data.id ?? '')) - Number(parentIds.has(a.data.id ?? '')));
    const newNodes = parentsFirst.filter((d) => cy.getElementById(d.data.id ?? '').empty());
    cy.add(newNodes.map((d) => ({ ...d, data: { ...d.data } })));
    for (const d of newNodes) added.push(String(d.data.id));

    for (const d of nodeDefs) {
      const node = cy.getElementById(d.data.id ?? '') as NodeSingular;
      if (node.empty()) continue;
      const want = d.data.parent === undefined ? null : String(d.data.parent);
      const has = node.parent().nonempty() ? node.parent().first().id() : null;
      if (want !== has) node.move({ parent: want });
    }

    const staleNodes = cy.nodes().filter((n) => !want.has(n.id()));
    // A removed parent would take its children with it: they were moved out above.
    removed += staleNodes.length;
    staleNodes.remove();

    const newEdges = defs.filter((d) => d.group === 'edges' && cy.getElementById(d.data.id ?? '').empty());
    cy.add(newEdges.map((d) => ({ ...d, data: { ...d.data } })));

    for (const d of defs) {
      const ele = cy.getElementById(d.data.id ?? '');
      if (ele.empty()) continue;
      if (!sameData(ele, d.data as Record<string, unknown>)) {
        const { id: _id, parent: _p, source: _s, target: _t, ...rest } = d.data;
        ele.data(rest);
      }
      const cls = typeof d.classes === 'string' ? d.classes : (d.classes ?? []).join(' ');
      if (ele.classes().join(' ') !== cls) ele.classes(cls);
      if (ele.isNode()) {
        const lock = pinned.has(ele.id());
        if (lock && !ele.locked()) ele.lock();
        else if (!lock && ele.locked()) ele.unlock();
      }
    }
    placeNew(cy, added);
  });
  return { added, removed };
}

/** Puts each new node near an already placed neighbour or its parent (jittered), else near the centre. */
function placeNew(cy: Core, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const fresh = new Set(ids);
  const ext = cy.extent();
  const cx = (ext.x1 + ext.x2) / 2;
  const cyy = (ext.y1 + ext.y2) / 2;
  const spread = Math.max(60, Math.sqrt(ids.length) * 25);
  for (const id of ids) {
    const n = cy.getElementById(id) as NodeSingular;
    if (n.empty() || n.isParent()) continue;
    const anchor = n.neighborhood('node').filter((m) => !fresh.has(m.id())).first() as NodeSingular;
    const base = anchor.nonempty() ? anchor.position() : n.parent().nonempty() && !fresh.has(n.parent().first().id()) ? (n.parent().first() as NodeSingular).position() : { x: cx, y: cyy };
    const r = anchor.nonempty() ? 40 + Math.random() * 60 : Math.random() * spread;
    const a = Math.random() * Math.PI * 2;
    n.position({ x: base.x + r * Math.cos(a), y: base.y + r * Math.sin(a) });
  }
}
