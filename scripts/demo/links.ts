/**
 * Makers for the four relationship types, so that every tie gets plausible properties (product,
 * value, kind, weight, program) and valid years in one place.
 */
import type { CollaborationKind } from '../../server/model/types.ts';
import { COLLABORATION_KINDS } from '../../server/model/types.ts';
import { productOf } from './products.ts';
import type { Draft, World } from './world.ts';

/** EUR thousand, rounded: money in the bundle is in thousands of euros. */
const money = (x: number): number => Math.max(1, Math.round(x));

export function supply(world: World, from: Draft, to: Draft, earliest?: number): boolean {
  const rng = world.rng;
  const since = world.since(from, to, earliest);
  const until = world.until(since);
  return world.tie({
    sourceId: from.id,
    targetId: to.id,
    type: 'SUPPLIES',
    weight: 1,
    product: productOf(from.sector, (xs) => rng.pick(xs)),
    value: money(rng.lognormal(180, 0.9) * Math.sqrt(Math.max(1, from.employees) / 50)),
    since,
    ...(until !== undefined ? { until } : {}),
  });
}

/** Collaboration intensity (joint projects, people exchanged...): 1–10, mostly small. */
function collabWeight(world: World): number {
  return Math.min(10, 1 + Math.floor(world.rng.lognormal(0.8, 0.9)));
}

export function collaborate(world: World, a: Draft, b: Draft, kind: CollaborationKind): boolean {
  const since = world.since(a, b);
  const until = world.until(since, 0.15);
  return world.tie({
    sourceId: a.id,
    targetId: b.id,
    type: 'COLLABORATES_WITH',
    kind,
    weight: collabWeight(world),
    since,
    ...(until !== undefined ? { until } : {}),
  });
}

export function invest(world: World, from: Draft, to: Draft, scale = 1): boolean {
  const since = world.since(from, to);
  const until = world.until(since, 0.1);
  const added = world.tie({
    sourceId: from.id,
    targetId: to.id,
    type: 'INVESTS_IN',
    weight: 1,
    value: money(world.rng.lognormal(900 * scale, 1.0)),
    since,
    ...(until !== undefined ? { until } : {}),
  });
  // A foreign firm holding a stake makes the target foreign-owned (kept consistent in indicators).
  if (added && from.kind === 'ENTERPRISE' && from.regionId.startsWith('xc')) to.foreignParent = true;
  return added;
}

const FIRM_COLLAB_KINDS: readonly CollaborationKind[] = COLLABORATION_KINDS;
const FIRM_COLLAB_WEIGHTS = [0.2, 0.05, 0.5, 0.08, 0.1, 0.07]; // RND, TRAINING, JOINT_PROJECT, LICENSING, SHARED_INFRA, OTHER

export function firmCollabKind(world: World): CollaborationKind {
  return world.rng.weightedPick(FIRM_COLLAB_KINDS, FIRM_COLLAB_WEIGHTS);
}

/** Tries `make` until it adds a tie or gives up: duplicates are simply redrawn. */
export function retry(times: number, make: () => boolean): boolean {
  for (let i = 0; i < times; i++) if (make()) return true;
  return false;
}
