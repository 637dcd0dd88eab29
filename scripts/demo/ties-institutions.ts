/**
 * Ties of institutions: universities and research bodies train and research with member firms,
 * cluster management offices coordinate, technology parks share infrastructure, funds and banks
 * invest, government bodies run joint projects and SUPPORT clusters. These give the triple-helix
 * and key-success-factor measures of domain.md something to find.
 */
import type { CollaborationKind } from '../../server/model/types.ts';
import { BROKERS, CLUSTERS, SUB_REGIONS, countryOf, type ClusterSpec } from './spec.ts';
import { collaborate, invest, retry } from './links.ts';
import { ownFirms } from './ties-internal.ts';
import type { Draft, World } from './world.ts';

const BROKER_IDS: readonly string[] = [BROKERS.university.id, BROKERS.research.id, BROKERS.logistics.id];

/** Up to n own firms of a cluster, leader #1 always first (institutions court the anchor firm). */
function partners(world: World, key: string, n: number, filter?: (d: Draft) => boolean): Draft[] {
  const firms = ownFirms(world, key).filter((d) => !filter || filter(d));
  const [lead, ...rest] = firms;
  if (!lead) return [];
  return [lead, ...world.rng.sample(rest, n - 1, rest.map((d) => d.attract))];
}

function collabMany(world: World, inst: Draft, firms: readonly Draft[], kinds: readonly CollaborationKind[], weights: readonly number[]): void {
  for (const f of firms) retry(3, () => collaborate(world, inst, f, world.rng.weightedPick(kinds, weights)));
}

function memberInstitutionTies(world: World, spec: ClusterSpec): void {
  const rng = world.rng;
  const insts = world.members(spec.key).filter((d) => d.role === 'INST' && !BROKER_IDS.includes(d.id));
  const dense = spec.strategy === 'SPECIALISED' ? 1.3 : 1;
  for (const inst of insts) {
    const n = (base: number): number => Math.round(base * dense);
    switch (inst.kind) {
      case 'UNIVERSITY':
        collabMany(world, inst, partners(world, spec.key, n(9)), ['TRAINING', 'RND'], [1, 1]);
        break;
      case 'RESEARCH':
        collabMany(world, inst, partners(world, spec.key, n(6)), ['RND', 'LICENSING', 'JOINT_PROJECT'], [0.6, 0.25, 0.15]);
        break;
      case 'SUPPORT':
        if (inst.id.endsWith('-mgmt')) {
          collabMany(world, inst, partners(world, spec.key, n(8)), ['OTHER', 'JOINT_PROJECT', 'TRAINING'], [0.5, 0.3, 0.2]);
          for (const other of insts) if (other !== inst) collaborate(world, inst, other, 'OTHER');
        } else if (inst.id.startsWith('org-park-')) {
          collabMany(world, inst, partners(world, spec.key, n(5)), ['SHARED_INFRASTRUCTURE'], [1]);
        } else {
          collabMany(world, inst, partners(world, spec.key, 6, (d) => d.founded >= 2008 || d.role === 'LEAD'), ['OTHER', 'TRAINING'], [0.7, 0.3]);
        }
        break;
      case 'GOVERNMENT':
        collabMany(world, inst, partners(world, spec.key, 2, (d) => d.role === 'LEAD'), ['JOINT_PROJECT'], [1]);
        for (const a of insts) if (a.kind === 'UNIVERSITY' || a.kind === 'RESEARCH') collaborate(world, inst, a, rng.pick(['JOINT_PROJECT', 'OTHER'] as const));
        break;
      case 'FINANCIAL':
        for (const f of rng.sample(ownFirms(world, spec.key).filter((d) => d.role !== 'LEAD'), rng.int(3, 5))) invest(world, inst, f, 0.6);
        break;
      default:
        break;
    }
  }
}

/** Banks and venture funds outside the clusters invest in member firms of their country. */
function outsideFinance(world: World): void {
  const rng = world.rng;
  const plan: readonly (readonly [string, string, number])[] = [
    ['org-fin-xa-bank-1', 'auto', 3], ['org-fin-xa-bank-1', 'ict', 2], ['org-fin-xa-bank-1', 'food', 2], ['org-fin-xa-bank-1', 'logi', 3],
    ['org-fin-xa-bank-2', 'aero', 3], ['org-fin-xa-bank-2', 'energy', 4],
    ['org-fin-xb-bank-1', 'chem', 3], ['org-fin-xb-bank-1', 'pharma', 2], ['org-fin-xb-bank-1', 'textile', 2], ['org-fin-xb-bank-1', 'mach', 2],
    ['org-fin-vc-xa', 'ict', 6], ['org-fin-vc-xa', 'aero', 2], ['org-fin-vc-xa', 'energy', 3],
    ['org-fin-vc-xb', 'pharma', 5], ['org-fin-vc-xb', 'chem', 2],
  ];
  for (const [id, key, n] of plan) {
    const fin = world.org(id);
    const young = id.includes('-vc-');
    const pool = ownFirms(world, key).filter((d) => (young ? d.founded >= 2005 : true) && d.role !== 'LEAD');
    for (const f of rng.sample(pool, n)) invest(world, fin, f, young ? 1.5 : 1);
  }
}

/** Ministries and chambers work with universities and cluster management offices of their country. */
function publicSector(world: World): void {
  const rng = world.rng;
  const academia = world.orgs.filter((d) => d.role === 'INST' && (d.kind === 'UNIVERSITY' || d.kind === 'RESEARCH'));
  const mgmt = world.orgs.filter((d) => d.id.endsWith('-mgmt'));
  for (const id of ['org-gov-xa-economy', 'org-gov-xa-research', 'org-gov-xb-industry', 'org-chamber-xa', 'org-chamber-xb']) {
    const body = world.org(id);
    const country = countryOf(body.regionId);
    const sameCountry = (d: Draft): boolean => countryOf(d.regionId) === country;
    if (body.kind === 'GOVERNMENT') {
      for (const a of rng.sample(academia.filter(sameCountry), 4)) collaborate(world, body, a, rng.pick(['JOINT_PROJECT', 'RND', 'OTHER'] as const));
    }
    for (const m of rng.sample(mgmt.filter(sameCountry), 3)) collaborate(world, body, m, 'OTHER');
  }
}

const PROGRAMS = ['Smart Specialisation Fund', 'Green Transition Grants', 'Export Readiness Scheme', 'Digital Industry Vouchers'];

/** SUPPORTS (organisation → cluster): regional agencies, ministries, the research council. */
function supports(world: World): void {
  const rng = world.rng;
  const plan: [Draft, ClusterSpec, string][] = [];
  for (const c of CLUSTERS) {
    const region = SUB_REGIONS.find((r) => r.id === c.regionId)?.name ?? c.regionId;
    plan.push([world.org(`org-gov-${c.regionId}`), c, `${region} Cluster Excellence Programme`]);
    plan.push([world.org(countryOf(c.regionId) === 'XA' ? 'org-gov-xa-economy' : 'org-gov-xb-industry'), c, rng.pick(PROGRAMS)]);
    if (['aero', 'ict', 'energy', 'auto'].includes(c.key)) plan.push([world.org('org-gov-xa-research'), c, 'Industrial Research Partnerships']);
  }
  for (const [gov, c, program] of plan) {
    const since = rng.int(Math.max(c.founded, 2010), 2023);
    const until = rng.chance(0.3) ? rng.int(since + 1, 2025) : undefined;
    world.tie({
      sourceId: gov.id, targetId: c.id, type: 'SUPPORTS', weight: 1, program,
      value: Math.round(rng.lognormal(2500, 0.6)), since, ...(until !== undefined ? { until } : {}),
    });
  }
}

export function buildInstitutionTies(world: World): void {
  for (const spec of CLUSTERS) memberInstitutionTies(world, spec);
  outsideFinance(world);
  publicSector(world);
  supports(world);
}
