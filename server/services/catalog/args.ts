/** Argument checks shared by the catalog services; every failure is BAD_USER_INPUT. */
import { YEAR_MAX, YEAR_MIN } from '../../dataset/columns.ts';
import { BadUserInputError } from '../../errors.ts';

/** `first` of a connection: 0..max (0 is allowed, as in Relay: just the total and the page info). */
export function pageSize(first: number | null | undefined, fallback: number, max: number, field = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new BadUserInputError(`${field} must be an integer in 0..${max}, got ${n}`, { field, limit: max });
  }
  return n;
}

/** A bounded integer argument (depth, k, maxLength, limit). */
export function intInRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${field} must be an integer in ${min}..${max}, got ${value}`, { field, limit: max });
  }
  return value;
}

/** asOf: a plausible year, or null for "all years". */
export function year(value: number | null | undefined, field = 'asOf'): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) {
    // The same years the dataset format accepts.
    throw new BadUserInputError(`${field} must be a year (${YEAR_MIN}..${YEAR_MAX}), got ${value}`, { field });
  }
  return value;
}

/** A list filter: null when absent; de-duplicated. An empty list matches nothing, as the SDL says. */
export function list<T>(values: readonly T[] | null | undefined): T[] | null {
  return values === null || values === undefined ? null : [...new Set(values)];
}

/** Free text filters: trimmed, null when empty. */
export function text(value: string | null | undefined, field: string, max = 200): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  if (t.length > max) throw new BadUserInputError(`${field} is longer than ${max} characters`, { field, limit: max });
  return t === '' ? null : t;
}
