/**
 * Normalisation of one indicator across the compared units (OECD/JRC, "Handbook on
 * Constructing Composite Indicators", 2008, §5: min–max and standardisation). Missing values stay
 * null and take no part. Indicators where lower is better are reversed so that higher is always
 * better after normalisation.
 *   MIN_MAX: (x − min) / (max − min) in [0, 1]; 0.5 for every unit when max = min (no spread:
 *            nobody is better, the midpoint says so).
 *   Z_SCORE: (x − mean) / sd, population sd; 0 for every unit when sd = 0.
 */
export type Normalisation = 'MIN_MAX' | 'Z_SCORE';

export function normalise(values: readonly (number | null)[], method: Normalisation, higherIsBetter = true): (number | null)[] {
  const known = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (known.length === 0) return values.map(() => null);
  const sign = higherIsBetter ? 1 : -1;
  if (method === 'MIN_MAX') {
    const min = Math.min(...known);
    const max = Math.max(...known);
    return values.map((x) => {
      if (x === null || !Number.isFinite(x)) return null;
      if (max === min) return 0.5;
      const s = (x - min) / (max - min);
      return higherIsBetter ? s : 1 - s;
    });
  }
  const mean = known.reduce((s, x) => s + x, 0) / known.length;
  const sd = Math.sqrt(known.reduce((s, x) => s + (x - mean) ** 2, 0) / known.length);
  return values.map((x) => (x === null || !Number.isFinite(x) ? null : sd === 0 ? 0 : (sign * (x - mean)) / sd));
}
