/**
 * GraphML export (http://graphml.graphdrawing.org/), as read by Cytoscape desktop, yEd and
 * networkx. Typed `<key>`s per attribute; each node has `type` (its label: Region, Cluster,
 * Organization, Alliance), `label` (its name, what viewers show) and its properties; each edge
 * has `type` (MEMBER_OF, LOCATED_IN, SUPPLIES, …) and its properties. The graph is directed;
 * COLLABORATES_WITH edges carry `directed="false"` (GraphML's per-edge override).
 */
import type { Dataset } from '../model/types.ts';
import { attrText, buildGraphModel, type AttrDef, type AttrValue } from './graph-model.ts';
import { escapeXml } from './xml.ts';

export function toGraphML(dataset: Dataset): string {
  const g = buildGraphModel(dataset);
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  const nodeAttrs: AttrDef[] = [g.nodeAttrs[0] as AttrDef, { name: 'label', type: 'string' }, ...g.nodeAttrs.slice(1)];
  const nodeKey = keyIds(nodeAttrs, 'n');
  const edgeKey = keyIds(g.edgeAttrs, 'e');
  for (const a of nodeAttrs) out.push(keyLine(nodeKey.get(a.name) as string, 'node', a));
  for (const a of g.edgeAttrs) out.push(keyLine(edgeKey.get(a.name) as string, 'edge', a));
  out.push('  <graph id="cluster-atlas" edgedefault="directed">\n');
  for (const n of g.nodes) {
    out.push(`    <node id="${escapeXml(n.id)}">\n`);
    out.push(dataLine(nodeKey.get('type') as string, n.attrs.get('type') ?? ''));
    out.push(dataLine(nodeKey.get('label') as string, n.label));
    for (const [name, v] of n.attrs) if (name !== 'type') out.push(dataLine(nodeKey.get(name) as string, v));
    out.push('    </node>\n');
  }
  let i = 0;
  for (const e of g.edges) {
    const dir = e.directed ? '' : ' directed="false"';
    out.push(`    <edge id="e${i++}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${dir}>\n`);
    for (const [name, v] of e.attrs) out.push(dataLine(edgeKey.get(name) as string, v));
    out.push('    </edge>\n');
  }
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
}

function keyIds(attrs: readonly AttrDef[], prefix: string): Map<string, string> {
  return new Map(attrs.map((a, i) => [a.name, `${prefix}${i}`]));
}

function keyLine(id: string, domain: 'node' | 'edge', a: AttrDef): string {
  return `  <key id="${id}" for="${domain}" attr.name="${escapeXml(a.name)}" attr.type="${a.type}"/>\n`;
}

function dataLine(key: string, v: AttrValue): string {
  return `      <data key="${key}">${escapeXml(attrText(v))}</data>\n`;
}
