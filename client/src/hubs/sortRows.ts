/** Sorting of the hub-firm table: by one column, missing values last, ties by rank. Pure. */
export type SortDir = 'asc' | 'desc';

export function sortRows<T extends { rank: number }>(rows: readonly T[], value: (row: T) => string | number | null | undefined, dir: SortDir): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || va === undefined) return vb === null || vb === undefined ? a.rank - b.rank : 1;
    if (vb === null || vb === undefined) return -1;
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return c === 0 ? a.rank - b.rank : sign * c;
  });
}
