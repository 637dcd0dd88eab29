/**
 * Contingency table of two labellings of the same items, shared by the adjusted Rand index and
 * normalised mutual information.
 */
import { BadUserInputError } from '../errors.ts';
import { compactLabels } from './modularity.ts';

export interface Contingency {
  n: number;
  /** Count of items per (a, b) label pair present, with the pair's row (a) and column (b). */
  cells: number[];
  cellRows: number[];
  cellCols: number[];
  rowSums: number[];
  colSums: number[];
}

export function contingency(a: ArrayLike<number>, b: ArrayLike<number>): Contingency {
  if (a.length !== b.length) throw new BadUserInputError('partitions must label the same items', { a: a.length, b: b.length });
  const [la, ka] = compactLabels(a);
  const [lb, kb] = compactLabels(b);
  const cellMap = new Map<number, number>();
  const rowSums = new Array<number>(ka).fill(0);
  const colSums = new Array<number>(kb).fill(0);
  for (let i = 0; i < la.length; i++) {
    const x = la[i] as number;
    const y = lb[i] as number;
    const key = x * kb + y;
    cellMap.set(key, (cellMap.get(key) ?? 0) + 1);
    rowSums[x] = (rowSums[x] as number) + 1;
    colSums[y] = (colSums[y] as number) + 1;
  }
  const cells: number[] = [];
  const cellRows: number[] = [];
  const cellCols: number[] = [];
  for (const [key, count] of cellMap) {
    cells.push(count);
    cellRows.push(Math.floor(key / kb));
    cellCols.push(key % kb);
  }
  return { n: la.length, cells, cellRows, cellCols, rowSums, colSums };
}
