import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = p.timeDeltas; const counts = new Map();
for (let i = 0; i < p.samples.length; i++) counts.set(p.samples[i], (counts.get(p.samples[i]) ?? 0) + (dt[i] ?? 0));
let total = 0;
for (const [id, t] of counts) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '').replace(/.*work\/main\//, '')}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); total += t; }
// by package
const pkg = new Map();
for (const [k, t] of self) { const m = / (@?[^/ ]+(?:\/[^/ ]+)?)/.exec(k); let u = k.split(' ')[1] ?? ''; let g = u.startsWith('@') ? u.split('/').slice(0,2).join('/') : u.split('/')[0]; if (u.startsWith('server')||u.startsWith('bench')) g = u.split(':')[0]; pkg.set(g, (pkg.get(g) ?? 0) + t); }
console.log('total ms', (total/1000).toFixed(0));
console.log([...pkg].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,t])=>`${(100*t/total).toFixed(1)}% ${k}`).join('\n'));
console.log('---');
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,40).map(([k,t])=>`${(100*t/total).toFixed(1)}% ${k}`).join('\n'));
