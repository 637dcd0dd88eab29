/**
 * Ties among a cluster's own firms: tier-1 suppliers feed the leading enterprises, tier-2 feed
 * tier-1, firms run joint projects. Targets are drawn by weight (preferential attachment), so
 * the leading enterprise #1 collects by far the most ties: the designed hub (z ≥ 2.5).
 * How dense this is depends on the cluster's strategy: specialised clusters are dense inside.
 */
import { CLUSTERS, type Strategy } from './spec.ts';
import { collaborate, firmCollabKind, invest, retry, supply } from './links.ts';
import type { Draft, World } from './world.ts';

interface InternalParams {
  /** How many buyers (leaders or enterprises) each tier-1 supplier serves. */
  t1: readonly [number, number];
  /** How many tier-1 buyers each tier-2 supplier serves. */
  t2: readonly [number, number];
  /** Probability that an ordinary enterprise also supplies a leader or another enterprise. */
  entSupply: number;
  /** Firm–firm collaborations per firm. */
  collab: number;
}

const PARAMS: Readonly<Record<Strategy, InternalParams>> = {
  SPECIALISED: { t1: [2, 4], t2: [2, 3], entSupply: 0.8, collab: 2.4 },
  HUBBING: { t1: [1, 2], t2: [1, 2], entSupply: 0.15, collab: 0.5 },
  INTEGRATED: { t1: [1, 3], t2: [1, 2], entSupply: 0.4, collab: 1.3 },
  MIXED: { t1: [1, 2], t2: [1, 2], entSupply: 0.3, collab: 0.8 },
};

/** Buyers' weights for tier-1 suppliers: leader #1 dominates, other leaders follow. */
const LEADER_BUYER_WEIGHT = [12, 4, 3, 3];

export function ownFirms(world: World, key: string): Draft[] {
  return world.members(key).filter((d) => d.home === key && (d.role === 'LEAD' || d.role === 'ENT' || d.role === 'T1' || d.role === 'T2'));
}

export function buildInternalTies(world: World): void {
  const rng = world.rng;
  for (const spec of CLUSTERS) {
    const p = PARAMS[spec.strategy];
    const firms = ownFirms(world, spec.key);
    const leaders = firms.filter((d) => d.role === 'LEAD');
    const ents = firms.filter((d) => d.role === 'ENT');
    const t1s = firms.filter((d) => d.role === 'T1');
    const t2s = firms.filter((d) => d.role === 'T2');
    const buyers = [...leaders, ...ents];
    const buyerWeights = [...leaders.map((_, i) => LEADER_BUYER_WEIGHT[i] ?? 3), ...ents.map((d) => 0.15 * d.attract)];

    for (const t of t1s) {
      for (const b of rng.sample(buyers, rng.int(p.t1[0], p.t1[1]), buyerWeights)) supply(world, t, b, b.role === 'LEAD' ? 2008 : undefined);
    }
    const t1Weights = t1s.map((d) => d.attract ** 1.5);
    for (const t of t2s) {
      for (const b of rng.sample(t1s, rng.int(p.t2[0], p.t2[1]), t1Weights)) supply(world, t, b);
      if (rng.chance(0.15)) supply(world, t, rng.pick(ents));
    }
    for (const e of ents) {
      if (!rng.chance(p.entSupply)) continue;
      retry(3, () => supply(world, e, rng.weightedPick(buyers, buyerWeights)));
    }
    const attract = firms.map((d) => d.attract);
    const collabs = Math.round(p.collab * firms.length);
    for (let i = 0; i < collabs; i++) {
      retry(5, () => collaborate(world, rng.weightedPick(firms, attract), rng.weightedPick(firms, attract), firmCollabKind(world)));
    }
    // Leading firms hold stakes in some of their tier-1 suppliers (parent-firm capital ties).
    for (const [i, lead] of leaders.entries()) {
      for (const t of rng.sample(t1s, i === 0 ? 3 : 1)) invest(world, lead, t, 2);
    }
  }
}
