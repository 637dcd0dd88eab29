/**
 * The current view as GraphML (opens in Cytoscape desktop, Gephi, yEd, networkx) or JSON:
 * the drawn nodes and edges with their data and positions. Pure: takes plain records.
 */
export interface ViewNode {
  id: string;
  data: Record<string, unknown>;
  x: number;
  y: number;
}
export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  data: Record<string, unknown>;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type KeyType = 'string' | 'double' | 'boolean';
const typeOf = (v: unknown): KeyType => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string');
const SKIP = new Set(['id', 'source', 'target', 'parent']);

export function toGraphML(nodes: readonly ViewNode[], edges: readonly ViewEdge[]): string {
  const nodeKeys = new Map<string, KeyType>([['x', 'double'], ['y', 'double']]);
  const edgeKeys = new Map<string, KeyType>();
  for (const n of nodes) for (const [k, v] of Object.entries(n.data)) if (!SKIP.has(k) && v !== null && v !== undefined && !nodeKeys.has(k)) nodeKeys.set(k, typeOf(v));
  for (const e of edges) for (const [k, v] of Object.entries(e.data)) if (!SKIP.has(k) && v !== null && v !== undefined && !edgeKeys.has(k)) edgeKeys.set(k, typeOf(v));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of nodeKeys) lines.push(`  <key id="n_${esc(k)}" for="node" attr.name="${esc(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys) lines.push(`  <key id="e_${esc(k)}" for="edge" attr.name="${esc(k)}" attr.type="${t}"/>`);
  lines.push('  <graph id="view" edgedefault="directed">');
  const dataLines = (prefix: string, keys: Map<string, KeyType>, data: Record<string, unknown>): string[] =>
    [...keys.keys()].flatMap((k) => {
      const v = data[k];
      return v === null || v === undefined || v === '' ? [] : [`      <data key="${prefix}_${esc(k)}">${esc(String(v))}</data>`];
    });
  for (const n of nodes) {
    lines.push(`    <node id="${esc(n.id)}">`, ...dataLines('n', nodeKeys, { ...n.data, x: Math.round(n.x), y: Math.round(n.y) }), '    </node>');
  }
  for (const e of edges) {
    lines.push(`    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">`, ...dataLines('e', edgeKeys, e.data), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function toViewJson(nodes: readonly ViewNode[], edges: readonly ViewEdge[], meta: Record<string, unknown>): string {
  return `${JSON.stringify({ ...meta, nodes, edges }, null, 2)}\n`;
}
