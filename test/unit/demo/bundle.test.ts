/**
 * The committed demo bundle (data/demo/) obeys docs/dataset-format.md, meets the product
 * issue's counts and minimums, and is exactly what the seeded generator produces.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLABORATION_KINDS, MEMBERSHIP_ROLES, ORGANIZATION_KINDS, RELATIONSHIP_TYPES } from '../../../server/model/types.ts';
import { DEMO_DIR, DEMO_SEED, generateDemo } from '../../../scripts/demo/generate.ts';

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse<Row>(readFileSync(join(DEMO_DIR, `${file}.csv`), 'utf8'), { columns: true, skip_empty_lines: true });
const header = (file: string): string[] => (readFileSync(join(DEMO_DIR, `${file}.csv`), 'utf8').split('\n')[0] ?? '').split(',');

const regions = read('regions');
const clusters = read('clusters');
const orgs = read('organizations');
const memberships = read('memberships');
const rels = read('relationships');
const alliances = read('alliances');
const allianceMembers = read('alliance_members');

const FORMAT: Record<string, { required: string[]; optional: string[] }> = {
  regions: { required: ['id', 'name'], optional: ['country', 'level', 'parentId', 'lat', 'lon', 'population', 'gdpPerCapita', 'unemploymentRate'] },
  clusters: { required: ['id', 'name'], optional: ['regionId', 'sector', 'sectorName', 'founded'] },
  organizations: {
    required: ['id', 'name', 'kind'],
    optional: ['sector', 'regionId', 'lat', 'lon', 'employees', 'revenue', 'exportShare', 'rdIntensity', 'patents', 'digitalMaturity',
      'emissionsIntensity', 'renewableShare', 'foundedYear', 'foreignOwned', 'csr'],
  },
  memberships: { required: ['organizationId', 'clusterId'], optional: ['role', 'since', 'until'] },
  relationships: { required: ['sourceId', 'targetId', 'type'], optional: ['kind', 'weight', 'value', 'product', 'program', 'since', 'until'] },
  alliances: { required: ['id', 'name'], optional: ['kind', 'founded'] },
  alliance_members: { required: ['allianceId', 'memberId'], optional: ['since'] },
};

const num = (s: string | undefined): number | undefined => (s === undefined || s === '' ? undefined : Number(s));
const ids = (rows: Row[]): Set<string> => new Set(rows.map((r) => r.id ?? ''));
const orgIds = ids(orgs);
const clusterIds = ids(clusters);
const regionIds = ids(regions);
const allianceIds = ids(alliances);

describe('demo bundle: format rules', () => {
  it('has every column of the format and no unknown column except x_ extras', () => {
    for (const [file, cols] of Object.entries(FORMAT)) {
      const h = header(file);
      for (const c of cols.required) expect(h, `${file}.${c}`).toContain(c);
      for (const c of h) expect(cols.required.includes(c) || cols.optional.includes(c) || c.startsWith('x_'), `${file}.${c}`).toBe(true);
    }
    expect(header('organizations')).toContain('x_employees2015');
  });

  it('has non-empty ids, unique per file', () => {
    for (const rows of [regions, clusters, orgs, alliances]) {
      expect(rows.every((r) => (r.id ?? '') !== '')).toBe(true);
      expect(ids(rows).size).toBe(rows.length);
    }
  });

  it('resolves every reference', () => {
    for (const r of regions) if (r.parentId) expect(regionIds.has(r.parentId), r.id).toBe(true);
    for (const c of clusters) expect(regionIds.has(c.regionId ?? ''), c.id).toBe(true);
    for (const o of orgs) expect(regionIds.has(o.regionId ?? ''), o.id).toBe(true);
    for (const m of memberships) {
      expect(orgIds.has(m.organizationId ?? ''), m.organizationId).toBe(true);
      expect(clusterIds.has(m.clusterId ?? ''), m.clusterId).toBe(true);
    }
    for (const r of rels) {
      expect(orgIds.has(r.sourceId ?? ''), r.sourceId).toBe(true);
      expect((r.type === 'SUPPORTS' ? clusterIds : orgIds).has(r.targetId ?? ''), r.targetId).toBe(true);
    }
    for (const a of allianceMembers) {
      expect(allianceIds.has(a.allianceId ?? '')).toBe(true);
      expect(orgIds.has(a.memberId ?? '') || clusterIds.has(a.memberId ?? ''), a.memberId).toBe(true);
    }
  });

  it('uses only the enumerated kinds, roles, types and booleans', () => {
    for (const o of orgs) {
      expect(ORGANIZATION_KINDS).toContain(o.kind);
      for (const b of [o.foreignOwned, o.csr]) expect(['', 'true', 'false']).toContain(b);
    }
    for (const m of memberships) expect(MEMBERSHIP_ROLES).toContain(m.role);
    for (const r of rels) {
      expect(RELATIONSHIP_TYPES).toContain(r.type);
      if (r.type === 'COLLABORATES_WITH') expect(COLLABORATION_KINDS).toContain(r.kind);
    }
  });

  it('keeps years integer in 1800–2100 with until ≥ since', () => {
    const years: (string | undefined)[] = [
      ...clusters.map((c) => c.founded), ...orgs.map((o) => o.foundedYear), ...alliances.map((a) => a.founded),
      ...allianceMembers.map((a) => a.since),
    ];
    for (const r of [...memberships, ...rels]) {
      years.push(r.since, r.until);
      const since = num(r.since);
      const until = num(r.until);
      if (since !== undefined && until !== undefined) expect(until).toBeGreaterThanOrEqual(since);
    }
    for (const y of years.map(num)) {
      if (y === undefined) continue;
      expect(Number.isInteger(y)).toBe(true);
      expect(y).toBeGreaterThanOrEqual(1800);
      expect(y).toBeLessThanOrEqual(2100);
    }
  });

  it('keeps shares in 0..1, counts and money ≥ 0, weights > 0, coordinates valid', () => {
    const check = (rows: Row[], cols: string[], ok: (x: number) => boolean): void => {
      for (const r of rows) {
        for (const c of cols) {
          const x = num(r[c]);
          if (x !== undefined) expect(Number.isFinite(x) && ok(x), `${c}=${r[c]}`).toBe(true);
        }
      }
    };
    check(orgs, ['exportShare', 'rdIntensity', 'digitalMaturity', 'renewableShare'], (x) => x >= 0 && x <= 1);
    check(regions, ['unemploymentRate'], (x) => x >= 0 && x <= 1);
    check(orgs, ['employees', 'patents', 'x_employees2015'], (x) => Number.isInteger(x) && x >= 0);
    check(orgs, ['revenue', 'emissionsIntensity'], (x) => x >= 0);
    check(regions, ['population', 'gdpPerCapita'], (x) => x >= 0);
    check(rels, ['value'], (x) => x >= 0);
    check(rels, ['weight'], (x) => x > 0);
    check([...orgs, ...regions], ['lat'], (x) => x >= -90 && x <= 90);
    check([...orgs, ...regions], ['lon'], (x) => x >= -180 && x <= 180);
  });

  it('has no self-loop, no repeated relationship identity, collaborations stored once per pair and kind', () => {
    const seen = new Set<string>();
    for (const r of rels) {
      expect(r.sourceId).not.toBe(r.targetId);
      const key = `${r.sourceId}|${r.targetId}|${r.type}|${r.kind}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    for (const r of rels.filter((x) => x.type === 'COLLABORATES_WITH')) {
      expect(seen.has(`${r.targetId}|${r.sourceId}|${r.type}|${r.kind}`), `${r.sourceId}–${r.targetId}`).toBe(false);
    }
    const memberKeys = memberships.map((m) => `${m.organizationId}|${m.clusterId}`);
    expect(new Set(memberKeys).size).toBe(memberKeys.length);
    const allianceKeys = allianceMembers.map((m) => `${m.allianceId}|${m.memberId}`);
    expect(new Set(allianceKeys).size).toBe(allianceKeys.length);
  });
});

describe('demo bundle: contents asked for by the product issue', () => {
  it('has at least 4 NUTS2-like regions in 2 countries, with neighbours and country parents', () => {
    const nuts2 = regions.filter((r) => r.level === 'NUTS2');
    expect(nuts2.length).toBeGreaterThanOrEqual(4);
    expect(new Set(nuts2.map((r) => r.country)).size).toBeGreaterThanOrEqual(2);
    for (const r of nuts2) {
      for (const c of ['lat', 'lon', 'population', 'gdpPerCapita', 'unemploymentRate', 'parentId']) expect(r[c], `${r.id}.${c}`).not.toBe('');
    }
    expect(nuts2.filter((r) => r.x_neighbours).length).toBeGreaterThanOrEqual(4);
  });

  it('has 10 clusters in 10 sectors with NACE codes, names and founding years', () => {
    expect(clusters).toHaveLength(10);
    expect(new Set(clusters.map((c) => c.sector)).size).toBe(10);
    for (const c of clusters) {
      expect(c.sector).toMatch(/^[A-U]\d{2}(\.\d{1,2})?$/);
      expect(c.sectorName).not.toBe('');
      expect(c.founded).not.toBe('');
    }
  });

  it('has about 1,500 organisations of every kind', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(1300);
    expect(orgs.length).toBeLessThanOrEqual(1700);
    for (const k of ORGANIZATION_KINDS) expect(orgs.filter((o) => o.kind === k).length, k).toBeGreaterThanOrEqual(5);
  });

  it('has 5,000–9,000 relationships of every type and collaboration kind, some ended', () => {
    expect(rels.length).toBeGreaterThanOrEqual(5000);
    expect(rels.length).toBeLessThanOrEqual(9000);
    for (const t of RELATIONSHIP_TYPES) expect(rels.filter((r) => r.type === t).length, t).toBeGreaterThan(10);
    for (const k of COLLABORATION_KINDS) expect(rels.filter((r) => r.kind === k).length, k).toBeGreaterThan(50);
    expect(rels.filter((r) => r.until !== '').length / rels.length).toBeGreaterThan(0.05);
    expect(memberships.filter((m) => m.until !== '').length).toBeGreaterThan(10);
    for (const r of rels.filter((x) => x.type === 'SUPPLIES')) expect(r.product).not.toBe('');
    for (const r of rels.filter((x) => x.type === 'SUPPORTS')) expect(r.program).not.toBe('');
    const sinces = rels.map((r) => num(r.since) ?? 0);
    expect(Math.min(...sinces)).toBeGreaterThanOrEqual(2005);
    expect(Math.max(...sinces)).toBeLessThanOrEqual(2025);
  });

  it('has every membership role and cluster management offices as coordinators', () => {
    for (const role of MEMBERSHIP_ROLES) expect(memberships.some((m) => m.role === role), role).toBe(true);
    for (const c of clusters) expect(memberships.some((m) => m.clusterId === c.id && m.role === 'COORDINATOR'), c.id).toBe(true);
  });

  it('has at least 4 alliances joining several clusters and organisations', () => {
    const interCluster = alliances.filter((a) => allianceMembers.filter((m) => m.allianceId === a.id && clusterIds.has(m.memberId ?? '')).length >= 2);
    expect(interCluster.length).toBeGreaterThanOrEqual(4);
    for (const a of interCluster) expect(allianceMembers.some((m) => m.allianceId === a.id && orgIds.has(m.memberId ?? '')), a.id).toBe(true);
  });

  it('has ties across regions and across countries', () => {
    const regionOf = new Map(orgs.map((o) => [o.id ?? '', o.regionId ?? ''] as const));
    const net = rels.filter((r) => r.type !== 'SUPPORTS');
    const crossRegion = net.filter((r) => regionOf.get(r.sourceId ?? '') !== regionOf.get(r.targetId ?? ''));
    const crossCountry = net.filter((r) => regionOf.get(r.sourceId ?? '')?.slice(0, 2) !== regionOf.get(r.targetId ?? '')?.slice(0, 2));
    expect(crossRegion.length).toBeGreaterThan(500);
    expect(crossCountry.length).toBeGreaterThan(300);
  });

  it('leaves 10–30% of indicator cells empty per column for firms, more for small firms', () => {
    const firms = orgs.filter((o) => o.kind === 'ENTERPRISE' || o.kind === 'SUPPLIER');
    const cols = ['revenue', 'exportShare', 'rdIntensity', 'patents', 'digitalMaturity', 'emissionsIntensity', 'renewableShare', 'foreignOwned', 'csr', 'x_employees2015'];
    for (const c of cols) {
      const share = firms.filter((o) => o[c] === '').length / firms.length;
      expect(share, c).toBeGreaterThanOrEqual(0.1);
      expect(share, c).toBeLessThanOrEqual(0.33);
    }
    const small = firms.filter((o) => (num(o.employees) ?? Infinity) < 50);
    const large = firms.filter((o) => (num(o.employees) ?? 0) >= 1000);
    const emptyShare = (rows: Row[]): number => rows.filter((o) => o.revenue === '').length / rows.length;
    expect(emptyShare(small)).toBeGreaterThan(emptyShare(large));
  });

  it('stays under 2 MB and is labelled synthetic', () => {
    const size = readdirSync(DEMO_DIR).filter((f) => f.endsWith('.csv')).reduce((s, f) => s + statSync(join(DEMO_DIR, f)).size, 0);
    expect(size).toBeLessThan(2_000_000);
    expect(readFileSync(join(DEMO_DIR, 'README.md'), 'utf8')).toMatch(/SYNTHETIC/);
  });
});

describe('demo generator', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('regenerates the committed files byte for byte, twice', () => {
    const files = readdirSync(DEMO_DIR).sort();
    expect(files).toEqual(['README.md', 'alliance_members.csv', 'alliances.csv', 'clusters.csv', 'memberships.csv',
      'organizations.csv', 'regions.csv', 'relationships.csv']);
    for (let run = 0; run < 2; run++) {
      const dir = mkdtempSync(join(tmpdir(), 'demo-'));
      dirs.push(dir);
      generateDemo(dir, DEMO_SEED);
      expect(readdirSync(dir).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(readFileSync(join(DEMO_DIR, f), 'utf8'));
    }
  });

  it('gives a different dataset for a different seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-'));
    dirs.push(dir);
    generateDemo(dir, DEMO_SEED + 1);
    expect(readFileSync(join(dir, 'relationships.csv'), 'utf8')).not.toBe(readFileSync(join(DEMO_DIR, 'relationships.csv'), 'utf8'));
  });
});
