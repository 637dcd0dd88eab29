/**
 * Adjusted Rand index between two partitions.
 * Hubert & Arabie, "Comparing partitions", J. Classification 2, 1985.
 *
 *   ARI = (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) − E),  E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2)
 *
 * Same value and special cases as scikit-learn's `adjusted_rand_score`: 1 when the denominator
 * is 0 (both partitions all singletons or both one block) and for fewer than 2 items.
 */
import { contingency } from './contingency.ts';

const comb2 = (x: number): number => (x * (x - 1)) / 2;

export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const t = contingency(a, b);
  if (t.n <= 1) return 1;
  const index = t.cells.reduce((s, x) => s + comb2(x), 0);
  const sumA = t.rowSums.reduce((s, x) => s + comb2(x), 0);
  const sumB = t.colSums.reduce((s, x) => s + comb2(x), 0);
  const expected = (sumA * sumB) / comb2(t.n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
