/** Every number in a response is finite (GraphQL would refuse NaN; this also catches Infinity). */
import { expect } from 'vitest';

export function expectFiniteNumbers(value: unknown, path = '$'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => expectFiniteNumbers(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) expectFiniteNumbers(v, `${path}.${k}`);
}
