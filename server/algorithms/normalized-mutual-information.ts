/**
 * Normalised mutual information between two partitions, arithmetic-mean normalisation.
 * Strehl & Ghosh, "Cluster ensembles", JMLR 3, 2002; Danon et al., "Comparing community structure
 * identification", J. Stat. Mech. 2005.
 *
 *   NMI = I(A; B) / ((H(A) + H(B)) / 2), natural logarithms.
 *
 * Same value and special cases as scikit-learn's `normalized_mutual_info_score` (default
 * average_method='arithmetic'): 1 when both partitions have a single block (or there are no
 * items), 0 when the mutual information is 0.
 */
import { contingency } from './contingency.ts';

function entropy(counts: readonly number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

export function normalizedMutualInformation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const t = contingency(a, b);
  const n = t.n;
  if (n === 0 || (t.rowSums.length === 1 && t.colSums.length === 1)) return 1;
  // I(A;B) = Σ p_ij log(p_ij / (p_i p_j)), summed over the non-empty cells of the table.
  let mi = 0;
  for (let c = 0; c < t.cells.length; c++) {
    const pij = (t.cells[c] as number) / n;
    const pa = (t.rowSums[t.cellRows[c] as number] as number) / n;
    const pb = (t.colSums[t.cellCols[c] as number] as number) / n;
    mi += pij * Math.log(pij / (pa * pb));
  }
  if (mi <= 0) return 0;
  return mi / ((entropy(t.rowSums, n) + entropy(t.colSums, n)) / 2);
}
