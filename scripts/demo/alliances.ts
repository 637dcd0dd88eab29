/**
 * Inter-cluster alliances (seed: "alliances between suppliers of raw materials, manufacturers of
 * components and services"). The integrated clusters sit in most of them; specialised clusters
 * in none; hubbing clusters in at most one. Alliance partners' management offices and leading
 * firms also work together, which adds cross-cluster ties.
 */
import type { Alliance, AllianceMember } from '../../server/model/types.ts';
import { BROKERS, clusterByKey } from './spec.ts';
import { collaborate } from './links.ts';
import type { World } from './world.ts';

interface AllianceSpec {
  id: string;
  name: string;
  kind: string;
  founded: number;
  clusters: readonly string[];
  /** Organisation ids, or `sector:<cluster>:<NACE>` for the first member firm of that sector. */
  orgs: readonly string[];
}

export const ALLIANCES: readonly AllianceSpec[] = [
  {
    id: 'all-green-mobility', name: 'Green Mobility Alliance', kind: 'CROSS_SECTOR', founded: 2016,
    clusters: ['auto', 'energy', 'chem'],
    orgs: ['org-auto-lead-1', 'org-energy-lead-1', 'org-chem-lead-2', BROKERS.university.id, 'org-gov-xa-economy'],
  },
  {
    id: 'all-circular-materials', name: 'Circular Materials Value Chain Alliance', kind: 'VALUE_CHAIN', founded: 2017,
    clusters: ['chem', 'auto', 'energy'],
    orgs: ['org-chem-lead-1', 'org-auto-lead-2', BROKERS.research.id, 'sector:chem:E38', 'sector:energy:E38'],
  },
  {
    id: 'all-border-corridor', name: 'Trans-Border Logistics and Energy Corridor', kind: 'INFRASTRUCTURE', founded: 2018,
    clusters: ['logi', 'energy', 'chem', 'auto'],
    orgs: [BROKERS.logistics.id, 'org-logi-lead-1', 'org-gov-xb-industry', 'org-chamber-xb'],
  },
  {
    id: 'all-digital-industry', name: 'Arvenian Digital Industry Alliance', kind: 'INNOVATION', founded: 2019,
    clusters: ['ict', 'auto', 'energy'],
    orgs: ['org-ict-lead-1', 'org-res-ict', 'org-incubator-corvenna', 'org-chamber-xa'],
  },
  {
    id: 'all-life-sciences', name: 'Calderra–Valdessa Life Sciences Network', kind: 'INTERNATIONAL', founded: 2015,
    clusters: ['pharma'],
    orgs: ['org-pharma-lead-1', 'org-res-pharma', 'org-ext-res-2', 'org-uni-calderra', 'org-ext-ent-05', 'org-ext-ent-06'],
  },
];

export function buildAlliances(world: World): { alliances: Alliance[]; members: AllianceMember[] } {
  const rng = world.rng;
  const alliances: Alliance[] = [];
  const members: AllianceMember[] = [];
  for (const a of ALLIANCES) {
    alliances.push({ id: a.id, name: a.name, kind: a.kind, founded: a.founded });
    for (const key of a.clusters) {
      members.push({ allianceId: a.id, memberId: clusterByKey(key).id, since: a.founded + (members.length % 3 === 0 ? 0 : rng.int(0, 3)) });
    }
    for (const ref of a.orgs) {
      const [tag, key, sector] = ref.split(':');
      const org = tag === 'sector' && key && sector
        ? world.members(key).find((d) => d.home === key && d.sector === sector)
        : world.org(ref);
      // A random draw may leave a cluster without that sector, or name an org twice: skip quietly.
      if (!org || members.some((m) => m.allianceId === a.id && m.memberId === org.id)) continue;
      members.push({ allianceId: a.id, memberId: org.id, since: Math.max(a.founded, org.founded) + rng.int(0, 2) });
    }
    // Partners' management offices and leading firms work together across clusters.
    for (const [i, x] of a.clusters.entries()) {
      for (const y of a.clusters.slice(i + 1)) {
        collaborate(world, world.org(`org-${x}-mgmt`), world.org(`org-${y}-mgmt`), 'JOINT_PROJECT');
        collaborate(world, world.org(`org-${x}-lead-1`), world.org(`org-${y}-lead-1`), 'RND');
      }
    }
  }
  return { alliances, members };
}
