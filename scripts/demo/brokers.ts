/**
 * The designed brokers: a university, a research institute and a freight forwarder, each tied to
 * firms of six or seven clusters. About 45% of each broker's ties stay in its home cluster and
 * the rest are spread over the others, which puts the participation coefficient P near 0.75
 * (Guimerà–Amaral "connector"), and their bridging position gives them high betweenness.
 * Their home-cluster degree stays well below the leading firm's, so they are not hubs.
 */
import type { CollaborationKind } from '../../server/model/types.ts';
import { BROKERS } from './spec.ts';
import { collaborate, retry, supply } from './links.ts';
import { ownFirms } from './ties-internal.ts';
import type { Draft, World } from './world.ts';

/** Ties per reached cluster, in the order of BROKERS[...].reach. */
const REACH_COUNTS: Readonly<Record<keyof typeof BROKERS, readonly number[]>> = {
  university: [26, 8, 7, 6, 5, 4, 3],
  research: [24, 8, 7, 6, 5, 3],
  logistics: [22, 7, 6, 4, 5, 5, 3],
};

/**
 * Leader #1 first, then firms drawn uniformly: reaching ordinary firms (not only the leaders,
 * who are tied to each other anyway) is what makes the broker the shortest path between clusters.
 */
function targets(world: World, key: string, n: number, broker: Draft): Draft[] {
  const firms = ownFirms(world, key).filter((d) => d !== broker);
  const [lead, ...rest] = firms;
  if (!lead) return [];
  return [lead, ...world.rng.sample(rest, n - 1)];
}

export function buildBrokerTies(world: World): void {
  const rng = world.rng;
  for (const name of ['university', 'research', 'logistics'] as const) {
    const b = BROKERS[name];
    const broker = world.org(b.id);
    const counts = REACH_COUNTS[name];
    b.reach.forEach((key, i) => {
      for (const f of targets(world, key, counts[i] ?? 3, broker)) {
        if (name === 'logistics') {
          retry(2, () => (rng.chance(0.8) ? supply(world, broker, f) : collaborate(world, broker, f, 'SHARED_INFRASTRUCTURE')));
        } else {
          const kinds: readonly CollaborationKind[] = name === 'university' ? ['TRAINING', 'RND', 'LICENSING'] : ['RND', 'LICENSING', 'JOINT_PROJECT'];
          retry(3, () => collaborate(world, broker, f, rng.weightedPick(kinds, [0.45, 0.45, 0.1])));
        }
      }
    });
  }
  // The two academic brokers and the forwarder also know each other (a small bridging core).
  collaborate(world, world.org(BROKERS.university.id), world.org(BROKERS.research.id), 'RND');
  collaborate(world, world.org(BROKERS.research.id), world.org(BROKERS.logistics.id), 'JOINT_PROJECT');
}
