/**
 * The demo's structure tells the three strategies apart and holds clear hubs and brokers, as
 * data/demo/README.md promises. Measures are recomputed here in a few lines, independently of
 * the generator: organisation network = SUPPLIES + COLLABORATES_WITH + INVESTS_IN, undirected,
 * distinct pairs; cluster members = every membership row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../../../scripts/demo/generate.ts';

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse<Row>(readFileSync(join(DEMO_DIR, `${file}.csv`), 'utf8'), { columns: true, skip_empty_lines: true });

const STRATEGY = {
  SPECIALISED: ['cl-food', 'cl-textile', 'cl-machinery'],
  HUBBING: ['cl-aero', 'cl-pharma', 'cl-ict'],
  INTEGRATED: ['cl-auto', 'cl-chem', 'cl-energy'],
  MIXED: ['cl-logistics'],
} as const;
const HUBS: Record<string, string> = {
  'cl-auto': 'org-auto-lead-1', 'cl-aero': 'org-aero-lead-1', 'cl-chem': 'org-chem-lead-1', 'cl-pharma': 'org-pharma-lead-1',
  'cl-ict': 'org-ict-lead-1', 'cl-food': 'org-food-lead-1', 'cl-textile': 'org-textile-lead-1', 'cl-energy': 'org-energy-lead-1',
  'cl-machinery': 'org-mach-lead-1', 'cl-logistics': 'org-logi-lead-1',
};
const BROKERS = ['org-uni-broker-1', 'org-res-broker-1', 'org-log-broker-1'];

const orgs = read('organizations');
const clusters = read('clusters');
const adj = new Map<string, Set<string>>();
for (const r of read('relationships')) {
  if (r.type === 'SUPPORTS' || !r.sourceId || !r.targetId) continue;
  for (const [a, b] of [[r.sourceId, r.targetId], [r.targetId, r.sourceId]] as const) {
    const s = adj.get(a) ?? new Set<string>();
    s.add(b);
    adj.set(a, s);
  }
}
const members = new Map<string, Set<string>>();
const home = new Map<string, string>();
for (const m of read('memberships')) {
  if (!m.organizationId || !m.clusterId) continue;
  members.set(m.clusterId, (members.get(m.clusterId) ?? new Set<string>()).add(m.organizationId));
  if (!home.has(m.organizationId)) home.set(m.organizationId, m.clusterId);
}
const neighbours = (id: string): Set<string> => adj.get(id) ?? new Set<string>();
const membersOf = (c: string): Set<string> => members.get(c) ?? new Set<string>();

function withinDegrees(c: string): Map<string, number> {
  const inside = membersOf(c);
  return new Map([...inside].map((id) => [id, [...neighbours(id)].filter((n) => inside.has(n)).length] as const));
}

function zScore(c: string, id: string): number {
  const ks = [...withinDegrees(c).values()];
  const mean = ks.reduce((s, k) => s + k, 0) / ks.length;
  const sd = Math.sqrt(ks.reduce((s, k) => s + (k - mean) ** 2, 0) / ks.length);
  return ((withinDegrees(c).get(id) ?? 0) - mean) / sd;
}

/** Krackhardt–Stern E-I: E = member–non-member pairs, I = member–member pairs. */
function eiIndex(c: string): number {
  const inside = membersOf(c);
  let e = 0;
  let i2 = 0;
  for (const id of inside) for (const n of neighbours(id)) if (inside.has(n)) i2++; else e++;
  const i = i2 / 2;
  return (e - i) / (e + i);
}

function density(c: string): number {
  const n = membersOf(c).size;
  const internal = [...withinDegrees(c).values()].reduce((s, k) => s + k, 0) / 2;
  return internal / ((n * (n - 1)) / 2);
}

/** Guimerà–Amaral participation coefficient, modules = first cluster (non-members: "outside"). */
function participation(id: string): number {
  const nbrs = [...neighbours(id)];
  const counts = new Map<string, number>();
  for (const n of nbrs) counts.set(home.get(n) ?? 'outside', (counts.get(home.get(n) ?? 'outside') ?? 0) + 1);
  return 1 - [...counts.values()].reduce((s, k) => s + (k / nbrs.length) ** 2, 0);
}

describe('demo design: hub firms', () => {
  it.each(Object.entries(HUBS))('%s: %s has the highest degree in its cluster and z ≥ 2.5', (c, hub) => {
    const degrees = [...withinDegrees(c)].sort((a, b) => b[1] - a[1]);
    expect(degrees[0]?.[0]).toBe(hub);
    // "by far": at least 1.4 times the runner-up
    expect(degrees[0]?.[1] ?? 0).toBeGreaterThanOrEqual(1.4 * (degrees[1]?.[1] ?? 0));
    expect(zScore(c, hub)).toBeGreaterThanOrEqual(2.5);
  });

  it('names the hubs as leading enterprises that are core members', () => {
    for (const hub of Object.values(HUBS)) expect(orgs.find((o) => o.id === hub)?.kind).toBe('ENTERPRISE');
  });
});

describe('demo design: brokers', () => {
  it.each(BROKERS)('%s touches members of at least 4 clusters and is a connector (0.62 < P ≤ 0.80)', (id) => {
    const touched = clusters.filter((c) => [...neighbours(id)].some((n) => membersOf(c.id ?? '').has(n)));
    expect(touched.length).toBeGreaterThanOrEqual(4);
    const p = participation(id);
    expect(p).toBeGreaterThan(0.62);
    expect(p).toBeLessThanOrEqual(0.8);
  });

  it('brokers are a university, a research body and a firm', () => {
    expect(BROKERS.map((id) => orgs.find((o) => o.id === id)?.kind)).toEqual(['UNIVERSITY', 'RESEARCH', 'ENTERPRISE']);
  });
});

describe('demo design: strategies', () => {
  it.each(STRATEGY.SPECIALISED)('%s (specialised) has a negative E-I index', (c) => expect(eiIndex(c)).toBeLessThan(0));
  it.each(STRATEGY.HUBBING)('%s (hubbing) has a positive E-I index', (c) => expect(eiIndex(c)).toBeGreaterThan(0));

  it('ranks E-I: every hubbing cluster above every integrated one, every integrated above every specialised one', () => {
    const min = (cs: readonly string[]): number => Math.min(...cs.map(eiIndex));
    const max = (cs: readonly string[]): number => Math.max(...cs.map(eiIndex));
    expect(min(STRATEGY.HUBBING)).toBeGreaterThan(max(STRATEGY.INTEGRATED));
    expect(min(STRATEGY.INTEGRATED)).toBeGreaterThan(max(STRATEGY.SPECIALISED));
  });

  it('makes specialised clusters denser and more concentrated on one sector than integrated ones', () => {
    const ownShare = (c: string): number => {
      const sector = clusters.find((x) => x.id === c)?.sector;
      const firms = orgs.filter((o) => membersOf(c).has(o.id ?? '') && (o.kind === 'ENTERPRISE' || o.kind === 'SUPPLIER'));
      return firms.filter((o) => o.sector === sector).length / firms.length;
    };
    for (const s of STRATEGY.SPECIALISED) {
      expect(ownShare(s)).toBeGreaterThan(0.9);
      for (const c of [...STRATEGY.HUBBING, ...STRATEGY.INTEGRATED]) expect(density(s)).toBeGreaterThan(density(c));
    }
    for (const c of STRATEGY.INTEGRATED) expect(ownShare(c)).toBeLessThan(0.6);
  });

  it('puts integrated clusters in more alliances than any other', () => {
    const am = read('alliance_members');
    const count = (c: string): number => am.filter((m) => m.memberId === c).length;
    const others = [...STRATEGY.SPECIALISED, ...STRATEGY.HUBBING, ...STRATEGY.MIXED].map(count);
    for (const c of STRATEGY.INTEGRATED) expect(count(c)).toBeGreaterThan(Math.max(...others));
    for (const c of STRATEGY.SPECIALISED) expect(count(c)).toBe(0);
  });

  it('sends hubbing clusters\' outside ties mostly to other regions and countries', () => {
    const regionOf = new Map(orgs.map((o) => [o.id ?? '', o.regionId ?? ''] as const));
    const clusterRegion = new Map(clusters.map((c) => [c.id ?? '', c.regionId ?? ''] as const));
    const farShare = (c: string): number => {
      const inside = membersOf(c);
      const outside = [...inside].flatMap((id) => [...neighbours(id)].filter((n) => !inside.has(n)));
      return outside.filter((n) => regionOf.get(n) !== clusterRegion.get(c)).length / outside.length;
    };
    for (const c of STRATEGY.HUBBING) expect(farShare(c)).toBeGreaterThan(0.7);
  });
});
