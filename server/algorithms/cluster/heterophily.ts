/**
 * Knowledge exchange across fields and spheres.
 *
 * Cross-sector share: internal ties (distinct member pairs) whose two ends have different
 * sectors, over the internal ties whose two sectors are known (related-variety argument of
 * Delgado, Porter & Stern, J. Econ. Geogr. 2016). null when no such tie.
 *
 * Academia reach: share of the cluster's firms (ENTERPRISE, SUPPLIER) with at least one tie, to
 * anyone, of kind UNIVERSITY or RESEARCH. null for a cluster without firms.
 *
 * Triple helix (Etzkowitz & Leydesdorff, "The dynamics of innovation", Res. Policy 29, 2000):
 * ties touching the cluster (internal and external, distinct pairs) between industry (firms and
 * financiers) and academia, industry and government, academia and government. Balance is the
 * normalised Shannon entropy of the three counts, H / ln 3: 1 when the three are equal, 0 when
 * only one kind exists or there is none.
 */
import { neighbours, share, type ClusterContext } from './context.ts';
import { ACADEMIA_KINDS, FIRM_KINDS, INDUSTRY_KINDS } from './network.ts';

export interface TripleHelix {
  industryAcademia: number;
  industryGovernment: number;
  academiaGovernment: number;
  balance: number;
}

export interface Heterophily {
  crossSectorShare: number | null;
  academiaTiedFirmShare: number | null;
  tripleHelix: TripleHelix;
}

/** Spheres as bits, so that a pair's kind is the OR of its ends: I|A = 3, I|G = 5, A|G = 6. */
const INDUSTRY = 1;
const ACADEMIA = 2;
const GOVERNMENT = 4;
function sphere(kind: string | undefined): number {
  if (kind === undefined) return 0;
  if (INDUSTRY_KINDS.has(kind)) return INDUSTRY;
  if (ACADEMIA_KINDS.has(kind)) return ACADEMIA;
  return kind === 'GOVERNMENT' ? GOVERNMENT : 0;
}

/** Normalised Shannon entropy of counts (natural logs), 0 for fewer than two kinds present. */
export function normalisedEntropy(counts: readonly number[]): number {
  const total = counts.reduce((s, x) => s + x, 0);
  if (total <= 0 || counts.length < 2) return 0;
  let h = 0;
  for (const x of counts) if (x > 0) h -= (x / total) * Math.log(x / total);
  return h / Math.log(counts.length);
}

export function heterophily(ctx: ClusterContext, c: number): Heterophily {
  const mask = ctx.memberMask[c] ?? new Uint8Array(0);
  const orgs = ctx.net.orgs;
  let known = 0;
  let cross = 0;
  let firms = 0;
  let tiedFirms = 0;
  const helix = { IA: 0, IG: 0, AG: 0 };
  for (const u of ctx.members[c] ?? []) {
    const ou = orgs[u];
    const isFirm = ou !== undefined && FIRM_KINDS.has(ou.kind);
    const su = sphere(ou?.kind);
    let academia = false;
    for (const v of neighbours(ctx, u)) {
      const ov = orgs[v];
      if (ov !== undefined && ACADEMIA_KINDS.has(ov.kind)) academia = true;
      const inside = mask[v] === 1;
      if (inside && v < u) continue; // each internal pair once
      if (inside && ou?.sector != null && ov?.sector != null) {
        known++;
        if (ou.sector !== ov.sector) cross++;
      }
      const pair = su | sphere(ov?.kind);
      if (pair === (INDUSTRY | ACADEMIA)) helix.IA++;
      else if (pair === (INDUSTRY | GOVERNMENT)) helix.IG++;
      else if (pair === (ACADEMIA | GOVERNMENT)) helix.AG++;
    }
    if (isFirm) {
      firms++;
      if (academia) tiedFirms++;
    }
  }
  return {
    crossSectorShare: share(cross, known),
    academiaTiedFirmShare: share(tiedFirms, firms),
    tripleHelix: {
      industryAcademia: helix.IA,
      industryGovernment: helix.IG,
      academiaGovernment: helix.AG,
      balance: normalisedEntropy([helix.IA, helix.IG, helix.AG]),
    },
  };
}
