/** Number formatting for panels and tables: short, locale-aware, "—" for missing. */
export const DASH = '—';

export function fmt(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  if (Number.isInteger(v) && Math.abs(v) >= 1) return v.toLocaleString('en-GB');
  const abs = Math.abs(v);
  if (abs !== 0 && abs < 0.001) return v.toExponential(1);
  return v.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function pct(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH;
  return `${(v * 100).toFixed(digits)}%`;
}

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
