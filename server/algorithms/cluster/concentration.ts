/**
 * Concentration of a cluster.
 *
 * Leading enterprise: the member firm (ENTERPRISE or SUPPLIER; any member if the cluster has no
 * firm) with the most internal ties, ties broken by total degree then by id order; concentration
 * is the share of internal ties that touch it (domain.md). 0 and no leader without internal ties.
 *
 * Sector concentration: Herfindahl–Hirschman index Σ s² of employment shares by sector
 * (Hirschman 1945; Herfindahl 1950), over members reporting both sector and employees; from
 * 1/(number of sectors) to 1. null when no member reports both; `coverage` says how many do.
 * `byCount` is the same index over member counts by sector (members with a sector), used when
 * employment is missing.
 */
import type { CompactGraph } from '../graph.ts';
import { neighbours, share, type ClusterContext } from './context.ts';
import { FIRM_KINDS } from './network.ts';

export interface LeaderConcentration {
  organizationId: string | null;
  internalDegree: number;
  share: number;
}

export interface SectorConcentration {
  employmentHhi: number | null;
  countHhi: number | null;
  sectors: number;
  /** Members reporting sector and employees / members (null without members). */
  coverage: number | null;
}

/** Members ranked by internal degree (desc), then total degree (desc), then index. */
export function rankByInternalDegree(ctx: ClusterContext, c: number, sub: CompactGraph, filter?: (v: number) => boolean): number[] {
  const members = ctx.members[c] ?? new Uint32Array(0);
  const idx: number[] = [];
  for (let i = 0; i < members.length; i++) if (filter === undefined || filter(members[i] as number)) idx.push(i);
  const inner = (i: number): number => (sub.offsets[i + 1] as number) - (sub.offsets[i] as number);
  const total = (i: number): number => neighbours(ctx, members[i] as number).length;
  idx.sort((a, b) => inner(b) - inner(a) || total(b) - total(a) || a - b);
  return idx;
}

export function leaderConcentration(ctx: ClusterContext, c: number, sub: CompactGraph): LeaderConcentration {
  const members = ctx.members[c] ?? new Uint32Array(0);
  const isFirm = (v: number): boolean => FIRM_KINDS.has(ctx.net.orgs[v]?.kind ?? '');
  const hasFirm = members.some(isFirm);
  const ranked = rankByInternalDegree(ctx, c, sub, hasFirm ? isFirm : undefined);
  const top = ranked[0];
  if (top === undefined || sub.edgeCount === 0) return { organizationId: null, internalDegree: 0, share: 0 };
  const degree = (sub.offsets[top + 1] as number) - (sub.offsets[top] as number);
  return { organizationId: sub.ids[top] ?? null, internalDegree: degree, share: degree / sub.edgeCount };
}

export function hhi(values: Iterable<number>): number | null {
  const list = [...values];
  const total = list.reduce((s, x) => s + x, 0);
  if (!(total > 0)) return null;
  return list.reduce((s, x) => s + (x / total) ** 2, 0);
}

export function sectorConcentration(ctx: ClusterContext, c: number): SectorConcentration {
  const members = ctx.members[c] ?? new Uint32Array(0);
  const jobs = new Map<string, number>();
  const counts = new Map<string, number>();
  let reported = 0;
  for (const v of members) {
    const o = ctx.net.orgs[v];
    if (o?.sector == null) continue;
    counts.set(o.sector, (counts.get(o.sector) ?? 0) + 1);
    if (o.employees === null) continue;
    reported++;
    jobs.set(o.sector, (jobs.get(o.sector) ?? 0) + o.employees);
  }
  return {
    employmentHhi: hhi(jobs.values()),
    countHhi: hhi(counts.values()),
    sectors: counts.size,
    coverage: share(reported, members.length),
  };
}
