/**
 * GraphML and GEXF: well-formed, every node and edge present, typed attribute declarations,
 * special characters escaped. (A stronger check with networkx is in tools/check-graph-xml.py,
 * run by hand: no Python in tests.)
 */
import { describe, expect, it } from 'vitest';
import { readDataset, toGexf, toGraphML } from '../../../server/dataset/index.ts';
import { escapeXml } from '../../../server/dataset/xml.ts';
import type { Dataset } from '../../../server/model/types.ts';
import { GOOD_DIR } from './support.ts';

/** A minimal well-formedness check: tags balance, attributes are quoted, no raw & or < in text. */
function checkWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<\?xml[^>]*\?>/g;
  let last = 0;
  for (let m = tag.exec(xml); m !== null; m = tag.exec(xml)) {
    const text = xml.slice(last, m.index);
    expect(text, `text before offset ${m.index}`).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    last = tag.lastIndex;
    if (m[2] === undefined) continue; // the declaration
    for (const attr of (m[3] ?? '').matchAll(/="([^"]*)"/g)) expect(attr[1]).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    if (m[4] === '/') continue;
    if (m[1] === '/') expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]);
  }
  expect(xml.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

const count = (xml: string, s: string): number => xml.split(s).length - 1;

async function tricky(): Promise<Dataset> {
  const d = await readDataset(GOOD_DIR);
  const o = d.organizations[0];
  if (o === undefined) throw new Error('fixture');
  o.name = `A&B <"quoted"> 'single' \u0001 end`;
  o.extras = { x_website: 'https://x.example/?a=1&b=<2>', x_score: 3, x_flag: true };
  return d;
}

// nodes: 2 regions + 2 clusters + 5 organisations + 1 alliance; edges: 5 MEMBER_OF + 6 LOCATED_IN
// (4 organisations, 2 clusters) + 6 relationships + 3 PARTY_TO.
const NODES = 10;
const EDGES = 20;

describe('toGraphML', () => {
  it('is well-formed, with every node and edge', async () => {
    const xml = toGraphML(await tricky());
    checkWellFormed(xml);
    expect(count(xml, '<node ')).toBe(NODES);
    expect(count(xml, '<edge ')).toBe(EDGES);
    expect(count(xml, 'directed="false"')).toBe(3); // the COLLABORATES_WITH edges
    for (const t of ['MEMBER_OF', 'LOCATED_IN', 'SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN', 'SUPPORTS', 'PARTY_TO']) expect(xml).toContain(`>${t}</data>`);
    for (const t of ['Region', 'Cluster', 'Organization', 'Alliance']) expect(xml).toContain(`>${t}</data>`);
  });

  it('declares typed keys', async () => {
    const xml = toGraphML(await tricky());
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="employees" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="foundedYear" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="csr" attr.type="boolean"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="x_score" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="role" attr.type="string"\/>/);
  });

  it('escapes special characters', async () => {
    const xml = toGraphML(await tricky());
    expect(xml).toContain('A&amp;B &lt;&quot;quoted&quot;&gt; &apos;single&apos; \uFFFD end');
    expect(xml).toContain('https://x.example/?a=1&amp;b=&lt;2&gt;');
    expect(xml).toContain('Materials &amp; Chemistry &quot;Axelera&quot;');
  });
});

describe('toGexf', () => {
  it('is well-formed GEXF 1.3, with every node and edge', async () => {
    const xml = toGexf(await tricky());
    checkWellFormed(xml);
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    expect(count(xml, '<node ')).toBe(NODES);
    expect(count(xml, '<edge ')).toBe(EDGES);
    expect(count(xml, 'type="undirected"')).toBe(3);
    expect(xml).toContain('label="A&amp;B &lt;&quot;quoted&quot;&gt; &apos;single&apos; \uFFFD end"');
    expect(xml).toMatch(/<attribute id="\d+" title="foundedYear" type="integer"\/>/);
    expect(xml).toMatch(/<edge id="\d+" source="organization:chem1" target="organization:ulyon" label="COLLABORATES_WITH" type="undirected" weight="2.5">/);
  });
});

describe('escapeXml', () => {
  it('keeps paired surrogates, replaces lone ones and control characters', () => {
    expect(escapeXml('ok 😀')).toBe('ok 😀');
    expect(escapeXml('bad \uD800 x')).toBe('bad \uFFFD x');
    expect(escapeXml('a\tb\nc\rd\u0000')).toBe('a&#9;b&#10;c&#13;d\uFFFD');
  });
});
