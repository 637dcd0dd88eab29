/**
 * Size of a cluster by kind of organisation (domain.md "size by kind"): members counted once
 * each, firms (ENTERPRISE + SUPPLIER) and institutions (every other kind) summed, and total
 * employment over the members that report it.
 */
import { ORGANIZATION_KINDS } from '../../model/types.ts';
import type { ClusterContext } from './context.ts';
import { FIRM_KINDS } from './network.ts';

export interface KindCount {
  kind: string;
  count: number;
}

export interface ClusterSize {
  members: number;
  firms: number;
  institutions: number;
  /** One entry per organisation kind of the model, in the model's order (zeros included). */
  byKind: KindCount[];
  /** Σ employees over members that report it (0 when none does). */
  employees: number;
  /** Share of members reporting employees (null for a cluster without members). */
  employeesCoverage: number | null;
}

export function clusterSize(ctx: ClusterContext, c: number): ClusterSize {
  const members = ctx.members[c] ?? new Uint32Array(0);
  const counts = new Map<string, number>(ORGANIZATION_KINDS.map((k) => [k, 0]));
  let firms = 0;
  let employees = 0;
  let reported = 0;
  for (const v of members) {
    const o = ctx.net.orgs[v];
    if (o === undefined) continue;
    counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
    if (FIRM_KINDS.has(o.kind)) firms++;
    if (o.employees !== null) {
      employees += o.employees;
      reported++;
    }
  }
  return {
    members: members.length,
    firms,
    institutions: members.length - firms,
    byKind: [...counts].map(([kind, count]) => ({ kind, count })),
    employees,
    employeesCoverage: members.length > 0 ? reported / members.length : null,
  };
}
