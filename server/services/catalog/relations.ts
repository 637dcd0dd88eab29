/**
 * The nested lists of an entity (memberships, ties, support, alliance parties), batched: each
 * function takes the ids of many parents and runs one UNWIND query, so that a page of 100
 * organisations with their clusters costs one query, not 100 (the loaders call these).
 */
import type { Executor } from '../../db/executor.ts';
import type { QueryName } from '../../db/queries.ts';
import type { Plain } from '../../db/values.ts';
import { asRecordObject } from '../../db/values.ts';
import { year } from './args.ts';
import { groupItems } from './entities.ts';
import type { AllianceMembershipRecord, MembershipRecord, SupportRecord, TieRecord, TieType } from './models.ts';
import { allianceOf, clusterOf, entityOf, kindOf, membershipRole, num, organizationOf, str } from './rows.ts';

const TIE_TYPES: readonly TieType[] = ['SUPPLIES', 'COLLABORATES_WITH', 'INVESTS_IN'];

function membershipOf(item: Plain): MembershipRecord {
  const p = asRecordObject(item);
  return {
    organization: organizationOf(p['organization']),
    cluster: clusterOf(p['cluster']),
    role: membershipRole(p['role']),
    since: num(p['since']),
    until: num(p['until']),
  };
}

function tieOf(item: Plain): TieRecord | null {
  const p = asRecordObject(item);
  const type = TIE_TYPES.find((t) => t === p['type']);
  if (type === undefined) return null;
  return {
    organization: organizationOf(p['partner']),
    type,
    outgoing: p['outgoing'] === true,
    kind: kindOf(p['kind']),
    weight: num(p['weight']),
    value: num(p['value']),
    product: str(p['product']),
    since: num(p['since']),
    until: num(p['until']),
  };
}

function supportOf(item: Plain): SupportRecord {
  const p = asRecordObject(item);
  return {
    organization: organizationOf(p['organization']),
    cluster: clusterOf(p['cluster']),
    kind: kindOf(p['kind']),
    program: str(p['program']),
    amount: num(p['amount']),
    weight: num(p['weight']),
    since: num(p['since']),
    until: num(p['until']),
  };
}

function allianceMembershipOf(item: Plain): AllianceMembershipRecord | null {
  const p = asRecordObject(item);
  const member = entityOf(p['labels'], p['member']);
  if (member === null || (member.__typename !== 'Cluster' && member.__typename !== 'Organization')) return null;
  return { alliance: allianceOf(p['alliance']), member, since: num(p['since']) };
}

/** Arguments shared by every nested list: the year. */
export interface AsOf {
  asOf: number | null;
}

export interface RelationReads {
  memberships(ids: readonly string[], args: AsOf): Promise<Map<string, MembershipRecord[]>>;
  ties(ids: readonly string[], args: AsOf): Promise<Map<string, TieRecord[]>>;
  clusterSupports(ids: readonly string[], args: AsOf): Promise<Map<string, SupportRecord[]>>;
  organizationSupports(ids: readonly string[], args: AsOf): Promise<Map<string, SupportRecord[]>>;
  clusterAlliances(ids: readonly string[], args: AsOf): Promise<Map<string, AllianceMembershipRecord[]>>;
  organizationAlliances(ids: readonly string[], args: AsOf): Promise<Map<string, AllianceMembershipRecord[]>>;
  allianceMembers(ids: readonly string[], args: AsOf): Promise<Map<string, AllianceMembershipRecord[]>>;
}

export function createRelationReads(executor: Executor): RelationReads {
  const grouped =
    <T>(name: QueryName, map: (item: Plain) => T | null) =>
    async (ids: readonly string[], args: AsOf): Promise<Map<string, T[]>> =>
      ids.length === 0 ? new Map() : groupItems(ids, await executor.read(name, { ids: [...new Set(ids)], asOf: year(args.asOf) }), map);
  return {
    memberships: grouped('api-organization-memberships', membershipOf),
    ties: grouped('api-organization-ties', tieOf),
    clusterSupports: grouped('api-cluster-supports', supportOf),
    organizationSupports: grouped('api-organization-supports', supportOf),
    clusterAlliances: grouped('api-cluster-alliances', allianceMembershipOf),
    organizationAlliances: grouped('api-organization-alliances', allianceMembershipOf),
    allianceMembers: grouped('api-alliance-members', allianceMembershipOf),
  };
}

/** Which of an organisation's ties each Organization field shows. */
export type TieView = 'suppliers' | 'customers' | 'collaborators' | 'investors' | 'investments';

export function tiesFor(ties: readonly TieRecord[], view: TieView, kinds?: readonly string[] | null): TieRecord[] {
  switch (view) {
    case 'suppliers':
      return ties.filter((t) => t.type === 'SUPPLIES' && !t.outgoing);
    case 'customers':
      return ties.filter((t) => t.type === 'SUPPLIES' && t.outgoing);
    case 'collaborators':
      return ties.filter((t) => t.type === 'COLLABORATES_WITH' && (kinds == null || (t.kind !== null && kinds.includes(t.kind))));
    case 'investors':
      return ties.filter((t) => t.type === 'INVESTS_IN' && !t.outgoing);
    case 'investments':
      return ties.filter((t) => t.type === 'INVESTS_IN' && t.outgoing);
  }
}
