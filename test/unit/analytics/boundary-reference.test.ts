// The boundary's geography, the checklist's counts and the inter-cluster tie matrix
// (server/algorithms/cluster/boundary.ts, checklist.ts, inter-cluster.ts; the first two index
// places and reuse scratch sets for speed) against direct versions of their definitions, on seeded random networks with every odd case: organisations
// without a region, regions missing from the region table, clusters without a region, and a
// cluster whose region and country no organisation has.
import { describe, expect, it } from 'vitest';
import { boundary, type Geography } from '../../../server/algorithms/cluster/boundary.ts';
import { checklist } from '../../../server/algorithms/cluster/checklist.ts';
import { clusterContext, cooperation, linkMatrix, type ClusterContext } from '../../../server/algorithms/cluster/index.ts';
import type { ClusterAttributes, OrgNetwork, RegionAttributes, TieType } from '../../../server/algorithms/cluster/network.ts';
import { mulberry32 } from '../../../server/algorithms/random.ts';
import { network, org } from './network-fixture.ts';

const KINDS = ['ENTERPRISE', 'SUPPLIER', 'UNIVERSITY', 'RESEARCH', 'GOVERNMENT', 'SUPPORT', 'FINANCIAL'];
const REGIONS: RegionAttributes[] = [
  { id: 'ra', country: 'X', neighbours: ['rb'] },
  { id: 'rb', country: 'X', neighbours: ['ra', 'rc'] },
  { id: 'rc', country: 'Y', neighbours: ['rb'] },
  { id: 'rd', country: 'Y', neighbours: [] },
];
const COUNTRY: Record<string, string | null> = { ra: 'X', rb: 'X', rc: 'Y', rd: 'Y', rz: null };

function randomNetwork(seed: number): OrgNetwork {
  const rng = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const clusters: ClusterAttributes[] = [
    { id: 'C0', name: 'C0', sector: 'S1', regionId: 'ra', country: 'X' },
    { id: 'C1', name: 'C1', sector: 'S2', regionId: null, country: null },
    { id: 'C2', name: 'C2', sector: 'S1', regionId: 'rq', country: 'Q' }, // no organisation is there
    { id: 'C3', name: 'C3', sector: null, regionId: 'rc', country: 'Y' },
  ];
  const n = 80;
  const orgs = Array.from({ length: n }, (_, i) => {
    const regionId = rng() < 0.15 ? null : pick(['ra', 'rb', 'rc', 'rd', 'rz']); // rz: not in the table
    const member = rng() < 0.7 ? [Math.floor(rng() * clusters.length)] : [];
    if (member.length > 0 && rng() < 0.3) member.push(Math.floor(rng() * clusters.length));
    return org({
      id: `o${i}`,
      kind: pick(KINDS),
      sector: rng() < 0.2 ? null : pick(['S1', 'S2', 'S3']),
      regionId,
      country: regionId === null ? null : (COUNTRY[regionId] ?? null),
      clusters: [...new Set(member)],
    });
  });
  const ties: Array<[string, string, TieType, string?, number?]> = [];
  for (let e = 0; e < n * 3; e++) {
    const s = Math.floor(rng() * n);
    let t = Math.floor(rng() * n);
    if (t === s) t = (t + 1) % n;
    const type = pick(['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'] as const);
    const value = type !== 'COLLABORATES_WITH' && rng() < 0.7 ? 1 + Math.floor(rng() * 100) : undefined;
    ties.push([`o${s}`, `o${t}`, type, type === 'COLLABORATES_WITH' ? pick(['RND', 'TRAINING', 'OTHER']) : '', value]);
  }
  return network(orgs, ties, { clusters, regions: new Map(REGIONS.map((r) => [r.id, r])) });
}

/** The definition in boundary.ts's banner, with strings. */
function referenceGeography(ctx: ClusterContext, c: number): Omit<Geography, 'localShare' | 'neighbourShare' | 'nonLocalShare' | 'internationalShare'> {
  const cluster = ctx.net.clusters[c];
  const mask = ctx.memberMask[c] as Uint8Array;
  const g = { local: 0, neighbour: 0, domestic: 0, international: 0, unknown: 0 };
  const classify = (u: number, far: number): keyof typeof g => {
    const refRegion = cluster?.regionId ?? ctx.net.orgs[u]?.regionId ?? null;
    const refCountry = cluster?.country ?? ctx.net.orgs[u]?.country ?? null;
    const region = ctx.net.orgs[far]?.regionId ?? null;
    if (refRegion === null || region === null) return 'unknown';
    if (region === refRegion) return 'local';
    if (ctx.net.regions.get(refRegion)?.neighbours.includes(region) === true) return 'neighbour';
    const country = ctx.net.orgs[far]?.country ?? null;
    if (refCountry === null || country === null) return 'unknown';
    return country === refCountry ? 'domestic' : 'international';
  };
  for (const u of ctx.members[c] ?? []) {
    const row = ctx.simple.targets.subarray(ctx.simple.offsets[u] as number, ctx.simple.offsets[u + 1] as number);
    for (const v of row) {
      if (mask[v] === 1) {
        if (v < u) continue;
        const vOut = cluster?.regionId != null && ctx.net.orgs[v]?.regionId !== cluster.regionId;
        g[classify(u, vOut ? v : u)]++;
      } else {
        g[classify(u, v)]++;
      }
    }
  }
  return g;
}

describe('boundary and checklist against their definitions', () => {
  it('classifies every tie of every cluster as the string-based definition does', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const ctx = clusterContext(randomNetwork(seed));
      for (let c = 0; c < ctx.net.clusters.length; c++) {
        const { local, neighbour, domestic, international, unknown } = boundary(ctx, c).geography;
        expect({ local, neighbour, domestic, international, unknown }, `seed ${seed}, cluster ${c}`).toEqual(referenceGeography(ctx, c));
      }
    }
  });

  it('counts every tie once per cluster pair it joins, and sums tie values likewise', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const ctx = clusterContext(randomNetwork(seed));
      const C = ctx.net.clusters.length;
      const m = linkMatrix(ctx);
      const ties = new Map<string, number>();
      const value = new Map<string, number>();
      const bump = (into: Map<string, number>, u: number, v: number, x: number): void => {
        const keys = new Set<string>();
        for (const c of ctx.net.orgs[u]?.clusters ?? []) for (const d of ctx.net.orgs[v]?.clusters ?? []) if (c !== d) keys.add(`${Math.min(c, d)}-${Math.max(c, d)}`);
        for (const k of keys) into.set(k, (into.get(k) ?? 0) + x);
      };
      for (let u = 0; u < ctx.simple.n; u++) {
        for (let p = ctx.simple.offsets[u] as number; p < (ctx.simple.offsets[u + 1] as number); p++) {
          const v = ctx.simple.targets[p] as number;
          if (v > u) bump(ties, u, v, 1);
        }
      }
      for (const t of ctx.net.ties) if (t.value !== null && t.source !== t.target) bump(value, t.source, t.target, t.value);
      for (let c = 0; c < C; c++) {
        for (let d = 0; d < C; d++) {
          const k = `${Math.min(c, d)}-${Math.max(c, d)}`;
          expect(m.ties[c * C + d], `seed ${seed} ties ${c},${d}`).toBe(c === d ? 0 : (ties.get(k) ?? 0));
          expect(m.value[c * C + d], `seed ${seed} value ${c},${d}`).toBe(c === d ? 0 : (value.get(k) ?? 0));
        }
      }
      expect([...ties.values()].some((x) => x > 0)).toBe(true);
      expect([...value.values()].some((x) => x > 0)).toBe(true);
    }
  });

  it('gives each cluster the same checklist whatever was computed before it (scratch sets are reset)', () => {
    const net = randomNetwork(7);
    const ctx = clusterContext(net);
    const links = linkMatrix(ctx);
    const forward = ctx.net.clusters.map((_, c) => checklist(ctx, c, cooperation(ctx, c, links)));
    const fresh = ctx.net.clusters.map((_, c) => {
      const own = clusterContext(net); // a context of its own: its scratch sets are new
      return checklist(own, c, cooperation(own, c, linkMatrix(own)));
    });
    expect(forward).toEqual(fresh);
    expect([...forward].reverse()).toEqual(ctx.net.clusters.map((_, c) => checklist(ctx, ctx.net.clusters.length - 1 - c, cooperation(ctx, ctx.net.clusters.length - 1 - c, links))));
    expect(forward.some((items) => items.some((i) => i.count > 0))).toBe(true);
  });
});
