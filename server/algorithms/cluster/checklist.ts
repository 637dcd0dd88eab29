/**
 * The seed's key success factors as a checklist per cluster. Each item is met when its evidence
 * count is at least 1 (the seed names presence, not a level):
 *   LEADING_ENTERPRISES       member firms with a Guimerà–Amaral hub role in the cluster;
 *   HUMAN_RESOURCES           universities (members or partners of members) AND training
 *                             collaborations touching members — both are needed;
 *   INNOVATION_INFRASTRUCTURE research bodies (members or partners) or SUPPORT members
 *                             (technology parks, incubators, cluster managers);
 *   PUBLIC_PRIVATE_PARTNERSHIP ties between members and GOVERNMENT organisations;
 *   STATE_SUPPORT             SUPPORTS links into the cluster (value: their summed amount).
 */
import { forEachTie, neighbours, perContext, type ClusterContext } from './context.ts';
import type { Cooperation } from './cooperation.ts';
import { leadingEnterprises } from './indicators.ts';
import { IndexSet } from './index-set.ts';

export const SUCCESS_FACTORS = [
  'LEADING_ENTERPRISES',
  'HUMAN_RESOURCES',
  'INNOVATION_INFRASTRUCTURE',
  'PUBLIC_PRIVATE_PARTNERSHIP',
  'STATE_SUPPORT',
] as const;
export type SuccessFactor = (typeof SUCCESS_FACTORS)[number];

export interface ChecklistItem {
  factor: SuccessFactor;
  met: boolean;
  /** The count behind the item (for STATE_SUPPORT: the number of support links). */
  count: number;
  /** A second number where the item has one (training ties; support amount); else null. */
  secondary: number | null;
  evidence: string;
  /** Up to 10 organisations behind the item. */
  organizationIds: string[];
}

interface Scratch {
  universities: IndexSet;
  research: IndexSet;
  support: IndexSet;
  government: IndexSet;
  trainingTies: IndexSet;
}
const scratch = new WeakMap<ClusterContext, Scratch>();

export function checklist(ctx: ClusterContext, c: number, co: Cooperation): ChecklistItem[] {
  const orgs = ctx.net.orgs;
  const ids = (set: Iterable<number>): string[] => [...set].slice(0, 10).map((v) => orgs[v]?.id ?? '');
  // Sets of node and tie indices reused across the clusters of one network (see index-set.ts).
  const n = orgs.length;
  const { universities, research, support, government, trainingTies } = perContext(scratch, ctx, () => ({
    universities: new IndexSet(n),
    research: new IndexSet(n),
    support: new IndexSet(n),
    government: new IndexSet(n),
    trainingTies: new IndexSet(ctx.net.ties.length),
  }));
  for (const set of [universities, research, support, government, trainingTies]) set.clear();
  let governmentTies = 0;
  const mask = ctx.memberMask[c] ?? new Uint8Array(0);
  for (const u of ctx.members[c] ?? []) {
    const kind = orgs[u]?.kind;
    if (kind === 'UNIVERSITY') universities.add(u);
    if (kind === 'RESEARCH') research.add(u);
    if (kind === 'SUPPORT') support.add(u);
    for (const v of neighbours(ctx, u)) {
      const k = orgs[v]?.kind;
      if (k === 'UNIVERSITY') universities.add(v);
      if (k === 'RESEARCH') research.add(v);
      if ((k === 'GOVERNMENT') !== (kind === 'GOVERNMENT') && !(mask[v] === 1 && v < u)) {
        governmentTies++;
        government.add(k === 'GOVERNMENT' ? v : u);
      }
    }
    forEachTie(ctx, u, (i) => {
      const t = ctx.net.ties[i];
      if (t?.type === 'COLLABORATES_WITH' && t.kind === 'TRAINING') trainingTies.add(i);
    });
  }
  const leaders = leadingEnterprises(ctx, c, co).filter((v) => ctx.roles.roles[v]?.endsWith('_HUB') === true);
  const supports = ctx.net.supports.filter((s) => s.cluster === c);
  const amount = supports.reduce((s, x) => s + (x.amount ?? 0), 0);
  const innovation = research.size + support.size;
  return [
    {
      factor: 'LEADING_ENTERPRISES',
      met: leaders.length > 0,
      count: leaders.length,
      secondary: null,
      evidence: `${leaders.length} member firm(s) with a hub role`,
      organizationIds: ids(leaders),
    },
    {
      factor: 'HUMAN_RESOURCES',
      met: universities.size > 0 && trainingTies.size > 0,
      count: universities.size,
      secondary: trainingTies.size,
      evidence: `${universities.size} universit(y/ies) among members and partners; ${trainingTies.size} training collaboration(s)`,
      organizationIds: ids(universities.items),
    },
    {
      factor: 'INNOVATION_INFRASTRUCTURE',
      met: innovation > 0,
      count: innovation,
      secondary: null,
      evidence: `${research.size} research bod(y/ies) among members and partners; ${support.size} support bod(y/ies) among members`,
      organizationIds: ids([...research.items, ...support.items]),
    },
    {
      factor: 'PUBLIC_PRIVATE_PARTNERSHIP',
      met: governmentTies > 0,
      count: governmentTies,
      secondary: null,
      evidence: `${governmentTies} tie(s) between members and government bodies`,
      organizationIds: ids(government.items),
    },
    {
      factor: 'STATE_SUPPORT',
      met: supports.length > 0,
      count: supports.length,
      secondary: amount,
      evidence: `${supports.length} support link(s), ${amount} EUR thousand in all`,
      organizationIds: ids(supports.filter((s) => s.source >= 0).map((s) => s.source)),
    },
  ];
}
