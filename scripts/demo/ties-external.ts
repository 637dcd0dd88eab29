/**
 * Ties that leave a cluster, shaped by its designed strategy (domain.md, "three strategies"):
 * - HUBBING: many ties to foreign centres (Calderra's primes, institutes, funds) and to firms in
 *   other regions and countries, weighted towards their large, central organisations;
 * - INTEGRATED: ties to firms of *other* sectors in nearby or allied clusters, and to local firms;
 * - SPECIALISED: a handful of ties, mostly to same-sector firms of the region;
 * - MIXED: a moderate blend.
 * Specialised clusters are never a target, so their E-I stays clearly negative.
 */
import type { CollaborationKind } from '../../server/model/types.ts';
import { CLUSTERS, areNeighbours, countryOf, type ClusterSpec, type Strategy } from './spec.ts';
import { ALLIANCES } from './alliances.ts';
import { collaborate, firmCollabKind, invest, retry, supply } from './links.ts';
import { ownFirms } from './ties-internal.ts';
import type { Draft, World } from './world.ts';

const allied = (a: string, b: string): boolean => ALLIANCES.some((x) => x.clusters.includes(a) && x.clusters.includes(b));

type Pool = 'foreign' | 'otherCountry' | 'near' | 'sameCountry' | 'outsiders';

interface ExternalParams {
  /** External ties per own firm. */
  perFirm: number;
  mix: Readonly<Record<Pool, number>>;
  /** Weight of a same-sector target relative to an other-sector one. */
  sameSector: number;
}

const PARAMS: Readonly<Record<Strategy, ExternalParams>> = {
  HUBBING: { perFirm: 3.0, mix: { foreign: 0.55, otherCountry: 0.25, near: 0, sameCountry: 0.2, outsiders: 0 }, sameSector: 1 },
  INTEGRATED: { perFirm: 1.7, mix: { foreign: 0.04, otherCountry: 0.08, near: 0.68, sameCountry: 0, outsiders: 0.2 }, sameSector: 0.1 },
  SPECIALISED: { perFirm: 0.08, mix: { foreign: 0, otherCountry: 0, near: 0.2, sameCountry: 0, outsiders: 0.8 }, sameSector: 5 },
  MIXED: { perFirm: 0.9, mix: { foreign: 0.25, otherCountry: 0.25, near: 0.25, sameCountry: 0, outsiders: 0.25 }, sameSector: 0.5 },
};
const POOLS: readonly Pool[] = ['foreign', 'otherCountry', 'near', 'sameCountry', 'outsiders'];

function candidates(world: World, spec: ClusterSpec, pool: Pool): Draft[] {
  const country = countryOf(spec.regionId);
  if (pool === 'foreign') return world.orgs.filter((d) => d.role === 'EXT');
  if (pool === 'outsiders') {
    return world.orgs.filter((d) => d.role === 'OUT' && (d.regionId === spec.regionId || areNeighbours(d.regionId, spec.regionId) || spec.strategy !== 'SPECIALISED'));
  }
  const clusters = CLUSTERS.filter((c) => c.key !== spec.key && c.strategy !== 'SPECIALISED').filter((c) => {
    if (pool === 'otherCountry') return countryOf(c.regionId) !== country;
    if (pool === 'sameCountry') return countryOf(c.regionId) === country && c.regionId !== spec.regionId;
    // "Near" = same or neighbouring region, or an alliance partner (related industries work together).
    return c.regionId === spec.regionId || areNeighbours(c.regionId, spec.regionId) || allied(spec.key, c.key);
  });
  return clusters.flatMap((c) => ownFirms(world, c.key)).filter((d) => !world.isMember(d, spec.key));
}

const sourceWeight = (d: Draft): number =>
  d.role === 'LEAD' ? (d.id.endsWith('-lead-1') ? 10 : 5) : d.role === 'T2' ? 0.4 * d.attract : d.attract;

/** One tie whose type fits the pair: firms trade or cooperate, academia cooperates, funds invest. */
function externalTie(world: World, src: Draft, dst: Draft, integrated: boolean): boolean {
  const rng = world.rng;
  const collabKind = (): CollaborationKind =>
    integrated ? rng.weightedPick(['JOINT_PROJECT', 'SHARED_INFRASTRUCTURE', 'RND', 'LICENSING'] as const, [0.4, 0.25, 0.25, 0.1]) : firmCollabKind(world);
  switch (dst.kind) {
    case 'FINANCIAL':
      return invest(world, dst, src, 1.5);
    case 'UNIVERSITY':
    case 'RESEARCH':
      return collaborate(world, src, dst, rng.weightedPick(['RND', 'LICENSING', 'TRAINING'] as const, [0.6, 0.25, 0.15]));
    case 'GOVERNMENT':
    case 'SUPPORT':
      return collaborate(world, src, dst, 'OTHER');
    case 'SUPPLIER':
      return rng.chance(0.6) ? supply(world, dst, src) : collaborate(world, src, dst, collabKind());
    default: {
      const r = rng.next();
      if (src.kind === 'SUPPLIER') return r < 0.7 ? supply(world, src, dst) : collaborate(world, src, dst, collabKind());
      if (r < 0.4) return supply(world, src, dst);
      if (r < 0.6) return supply(world, dst, src);
      if (r < 0.9 || !dst.regionId.startsWith('xc')) return collaborate(world, src, dst, collabKind());
      return invest(world, dst, src, 3); // a foreign group takes a stake
    }
  }
}

export function buildExternalTies(world: World): void {
  const rng = world.rng;
  for (const spec of CLUSTERS) {
    const p = PARAMS[spec.strategy];
    const firms = ownFirms(world, spec.key);
    const weights = firms.map(sourceWeight);
    const pools = new Map(POOLS.map((pool) => [pool, candidates(world, spec, pool)] as const));
    const n = Math.round(p.perFirm * firms.length);
    for (let i = 0; i < n; i++) {
      const pool = rng.weightedPick(POOLS, POOLS.map((x) => p.mix[x]));
      const targets = pools.get(pool) ?? [];
      if (targets.length === 0) continue;
      const src = rng.weightedPick(firms, weights);
      const tw = targets.map((d) => d.attract ** 1.3 * (d.sector === src.sector ? p.sameSector : 1));
      retry(4, () => externalTie(world, src, rng.weightedPick(targets, tw), spec.strategy === 'INTEGRATED'));
    }
  }
  calderraLinks(world);
  localOutsiders(world);
}

/** Domestic firms outside the clusters that no draw reached still trade with a local member firm. */
function localOutsiders(world: World): void {
  const rng = world.rng;
  const tied = new Set(world.relationships.flatMap((r) => [r.sourceId, r.targetId]));
  for (const d of world.orgs.filter((x) => x.role === 'OUT' && !tied.has(x.id))) {
    const local = CLUSTERS.filter((c) => c.regionId === d.regionId).flatMap((c) => ownFirms(world, c.key));
    if (local.length === 0) continue;
    const buyer = rng.weightedPick(local, local.map((x) => x.attract));
    retry(3, () => (d.kind === 'SUPPLIER' ? supply(world, d, buyer) : collaborate(world, d, buyer, 'JOINT_PROJECT')));
  }
}

/** Calderra's centres also work with each other, which lifts their PageRank as "outside centres". */
function calderraLinks(world: World): void {
  const rng = world.rng;
  const ext = world.orgs.filter((d) => d.role === 'EXT');
  const firms = ext.filter((d) => d.kind === 'ENTERPRISE');
  for (const d of ext.filter((x) => x.kind === 'RESEARCH' || x.kind === 'UNIVERSITY')) {
    for (const f of rng.sample(firms, 3, firms.map((x) => x.attract))) collaborate(world, d, f, 'RND');
  }
  for (const s of ext.filter((x) => x.kind === 'SUPPLIER')) {
    for (const f of rng.sample(firms, 2, firms.map((x) => x.attract))) supply(world, s, f);
  }
  const agency = world.org('org-gov-xc-trade');
  for (const key of ['aero', 'pharma', 'ict']) collaborate(world, agency, world.org(`org-${key}-lead-1`), 'OTHER');
}
