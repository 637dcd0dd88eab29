/**
 * Supplier localisation (domain.md): the share of the supply value into the cluster's members
 * that comes from suppliers in the same region (the cluster's region; a member's own region for
 * a cluster without one). SUPPLIES ties with a value are weighted by it; when no tie into the
 * members has a value, the share of ties is given instead (`basis: 'COUNT'`). Suppliers without a
 * known region are left out of both sums. null when there is no supply tie into the members.
 * Cf. the regional-sourcing shares of input–output cluster studies (Feser & Bergman, Reg. Stud.
 * 34, 2000).
 */
import type { ClusterContext } from './context.ts';

export interface SupplierLocalisation {
  share: number | null;
  basis: 'VALUE' | 'COUNT';
  /** Supply ties into members with a known supplier region. */
  ties: number;
}

export function supplierLocalisation(ctx: ClusterContext, c: number): SupplierLocalisation {
  const mask = ctx.memberMask[c] ?? new Uint8Array(0);
  const clusterRegion = ctx.net.clusters[c]?.regionId ?? null;
  const { tieOffsets, tieIndex, net } = ctx;
  let value = 0;
  let localValue = 0;
  let count = 0;
  let localCount = 0;
  // Only a member's own ties can end in it: walking the members' ties (not every tie of the
  // network) keeps this O(ties of the members), which matters with hundreds of clusters.
  for (const u of ctx.members[c] ?? []) {
    for (let p = tieOffsets[u] as number, end = tieOffsets[u + 1] as number; p < end; p++) {
      const t = net.ties[tieIndex[p] as number];
      if (t === undefined || t.type !== 'SUPPLIES' || t.target !== u || mask[t.target] !== 1 || t.source === t.target) continue;
      const from = net.orgs[t.source]?.regionId ?? null;
      const ref = clusterRegion ?? net.orgs[t.target]?.regionId ?? null;
      if (from === null || ref === null) continue;
      const local = from === ref;
      count++;
      if (local) localCount++;
      if (t.value !== null && t.value > 0) {
        value += t.value;
        if (local) localValue += t.value;
      }
    }
  }
  if (value > 0) return { share: localValue / value, basis: 'VALUE', ties: count };
  return { share: count > 0 ? localCount / count : null, basis: 'COUNT', ties: count };
}
