/**
 * GEXF 1.3 export (https://gexf.net/), as read by Gephi and networkx. Nodes carry their name as
 * the native `label`, and `type` (Region, Cluster, Organization, Alliance), `entityId` and their
 * properties as typed attributes. Edges carry the relationship type as native `label` and as the
 * `type` attribute; relationship weight is the native `weight` (what Gephi's layouts and metrics
 * use), so it is not repeated as an attribute. The graph is directed; COLLABORATES_WITH edges are
 * `type="undirected"` (Gephi supports such mixed graphs).
 */
import type { Dataset } from '../model/types.ts';
import { attrText, buildGraphModel, type AttrDef, type AttrType } from './graph-model.ts';
import { escapeXml } from './xml.ts';

const GEXF_TYPE: Readonly<Record<AttrType, string>> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

export function toGexf(dataset: Dataset): string {
  const g = buildGraphModel(dataset);
  const edgeAttrs = g.edgeAttrs.filter((a) => a.name !== 'weight');
  const nodeIds = new Map(g.nodeAttrs.map((a, i) => [a.name, String(i)]));
  const edgeIds = new Map(edgeAttrs.map((a, i) => [a.name, String(i)]));
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
    '  <meta>\n    <creator>Cluster Atlas</creator>\n    <description>Industrial clusters: regions, clusters, organisations, alliances</description>\n  </meta>\n',
    '  <graph defaultedgetype="directed" mode="static">\n',
  );
  out.push(attributesBlock('node', g.nodeAttrs), attributesBlock('edge', edgeAttrs));
  out.push('    <nodes>\n');
  for (const n of g.nodes) {
    out.push(`      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">\n        <attvalues>\n`);
    for (const [name, v] of n.attrs) out.push(attvalue(nodeIds.get(name) as string, attrText(v)));
    out.push('        </attvalues>\n      </node>\n');
  }
  out.push('    </nodes>\n    <edges>\n');
  let i = 0;
  for (const e of g.edges) {
    const type = e.directed ? '' : ' type="undirected"';
    const weight = e.weight === undefined ? '' : ` weight="${e.weight}"`;
    out.push(
      `      <edge id="${i++}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.type)}"${type}${weight}>\n        <attvalues>\n`,
    );
    out.push(attvalue(edgeIds.get('type') as string, e.type));
    for (const [name, v] of e.attrs) {
      if (name === 'weight' || name === 'type') continue;
      out.push(attvalue(edgeIds.get(name) as string, attrText(v)));
    }
    out.push('        </attvalues>\n      </edge>\n');
  }
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  return out.join('');
}

function attributesBlock(cls: 'node' | 'edge', attrs: readonly AttrDef[]): string {
  const lines = attrs.map((a, i) => `      <attribute id="${i}" title="${escapeXml(a.name)}" type="${GEXF_TYPE[a.type]}"/>\n`);
  return `    <attributes class="${cls}">\n${lines.join('')}    </attributes>\n`;
}

function attvalue(id: string, value: string): string {
  return `          <attvalue for="${id}" value="${escapeXml(value)}"/>\n`;
}
