import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = process.argv[3];
const byId = new Map(p.nodes.map(n => [n.id, n])); const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const t = new Map(); p.samples.forEach((s, i) => t.set(s, (t.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
const agg = new Map();
for (const n of p.nodes) if (n.callFrame.functionName === target) {
  let chain = []; let c = parent.get(n.id); for (let k = 0; k < 8 && c !== undefined; k++) { const f = byId.get(c).callFrame; chain.push(`${f.functionName || '(anon)'}@${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`); c = parent.get(c); }
  const key = chain.join(' < '); agg.set(key, (agg.get(key) ?? 0) + (t.get(n.id) ?? 0));
}
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log((v / 1000).toFixed(0), 'ms', k, '\n');
