/**
 * A seeded synthetic bundle of any size, for the import benchmark and the interrupted-import
 * test: `tsx scripts/synthetic/generate.ts <outDir> <organizations> <relationships> [seed]`.
 * Unlike the demo (data/demo) it has no designed structure, only valid, varied rows.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { mulberry32 as rng } from '../../server/algorithms/random.ts';

const KINDS = ['ENTERPRISE', 'SUPPLIER', 'UNIVERSITY', 'RESEARCH', 'FINANCIAL', 'GOVERNMENT', 'SUPPORT'] as const;
const COLLAB = ['RND', 'TRAINING', 'JOINT_PROJECT', 'LICENSING', 'SHARED_INFRASTRUCTURE', 'OTHER'] as const;

class CsvOut {
  private readonly stream;
  private buffer: string[] = [];
  constructor(file: string, header: string) {
    this.stream = createWriteStream(file, 'utf8');
    this.buffer.push(header);
  }
  async line(s: string): Promise<void> {
    this.buffer.push(s);
    if (this.buffer.length >= 10_000) await this.flush();
  }
  private async flush(): Promise<void> {
    if (!this.stream.write(`${this.buffer.join('\n')}\n`)) await once(this.stream, 'drain');
    this.buffer = [];
  }
  async close(): Promise<void> {
    if (this.buffer.length > 0) await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export interface SyntheticSize {
  organizations: number;
  relationships: number;
  seed?: number;
}

export async function generateSynthetic(outDir: string, size: SyntheticSize): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const r = rng(size.seed ?? 42);
  const nRegions = 20;
  const nClusters = Math.max(5, Math.round(size.organizations / 500));

  const regions = new CsvOut(path.join(outDir, 'regions.csv'), 'id,name,country,level,population');
  for (let i = 0; i < nRegions; i++) {
    await regions.line(`R${i},Region ${i},${i % 2 === 0 ? 'DE' : 'FR'},NUTS2,${100_000 + Math.floor(r() * 5_000_000)}`);
  }
  await regions.close();

  const clusters = new CsvOut(path.join(outDir, 'clusters.csv'), 'id,name,regionId,sector,founded');
  for (let i = 0; i < nClusters; i++) {
    await clusters.line(`C${i},Cluster ${i},R${i % nRegions},C${10 + (i % 20)},${1990 + (i % 30)}`);
  }
  await clusters.close();

  const orgs = new CsvOut(
    path.join(outDir, 'organizations.csv'),
    'id,name,kind,sector,regionId,employees,exportShare,rdIntensity,foundedYear,csr',
  );
  const members = new CsvOut(path.join(outDir, 'memberships.csv'), 'organizationId,clusterId,role,since');
  for (let i = 0; i < size.organizations; i++) {
    const kind = KINDS[i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2 + (i % 5)] ?? 'ENTERPRISE';
    const employees = r() < 0.2 ? '' : String(Math.floor(1 + r() * 2000));
    await orgs.line(
      `O${i},"Org ${i}, Ltd",${kind},C${10 + (i % 20)},R${i % nRegions},${employees},${(r() * 0.9).toFixed(3)},${(r() * 0.2).toFixed(3)},${1950 + Math.floor(r() * 70)},${r() < 0.4}`,
    );
    await members.line(`O${i},C${i % nClusters},CORE,${2010 + Math.floor(r() * 15)}`);
  }
  await orgs.close();
  await members.close();

  // Relationship identities must be unique: the target of the j-th tie of a source is chosen in
  // a disjoint stride so that no (source, target, type, kind) repeats.
  const rels = new CsvOut(path.join(outDir, 'relationships.csv'), 'sourceId,targetId,type,kind,weight,value,since,until');
  const n = size.organizations;
  const perSource = Math.ceil(size.relationships / n);
  let written = 0;
  for (let s = 0; s < n && written < size.relationships; s++) {
    for (let j = 0; j < perSource && written < size.relationships; j++) {
      const t = (s + 1 + j + Math.floor(r() * 7) * perSource) % n;
      if (t === s) continue;
      const since = 2010 + Math.floor(r() * 12);
      const until = r() < 0.2 ? String(since + Math.floor(r() * 4)) : '';
      if (j % 2 === 0) {
        await rels.line(`O${s},O${t},SUPPLIES,,${(1 + r() * 9).toFixed(2)},${Math.floor(r() * 1e6)},${since},${until}`);
      } else {
        // COLLABORATES_WITH is undirected: write each pair once, oriented by id order.
        const [a, b] = `O${s}` < `O${t}` ? [`O${s}`, `O${t}`] : [`O${t}`, `O${s}`];
        await rels.line(`${a},${b},COLLABORATES_WITH,${COLLAB[(s + j) % COLLAB.length]},${1 + Math.floor(r() * 5)},,${since},${until}`);
      }
      written++;
    }
  }
  await rels.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, orgs, rels, seed] = process.argv.slice(2);
  if (out === undefined || orgs === undefined || rels === undefined) {
    process.stderr.write('usage: tsx scripts/synthetic/generate.ts <outDir> <organizations> <relationships> [seed]\n');
    process.exit(2);
  }
  await generateSynthetic(out, { organizations: Number(orgs), relationships: Number(rels), seed: seed === undefined ? 42 : Number(seed) });
}
