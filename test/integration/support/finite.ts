/** Every number in a response is finite (GraphQL would refuse NaN; this also catches Infinity). */
import { expect } from 'vitest';
import type { TestApp } from './app.ts';

export function expectFiniteNumbers(value: unknown, path = '$'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => expectFiniteNumbers(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) expectFiniteNumbers(v, `${path}.${k}`);
}

/** A query that must succeed: no errors, finite numbers only; its data. */
export async function expectData<T>(
  app: Pick<TestApp, 'gql'>,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const r = await app.gql<T>(query, variables, token);
  expect(r.errors).toBeUndefined();
  expectFiniteNumbers(r.data);
  return r.data as T;
}
