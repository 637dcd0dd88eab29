// No N+1: a list with nested fields costs a constant number of Neo4j transactions, whatever its
// length. Every query goes through Executor.read (one auto-commit statement) or Executor.tx (a
// managed transaction; writes use it too), so spies on both count them per request.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDemoApp, type TestApp } from './support/app.ts';

const LIST = `query($n: Int) {
  organizations(first: $n, filter: {clusterIds: ["cl-auto", "cl-chem"]}) {
    edges { node {
      id
      region { name parent { id } }
      clusters { role cluster { id name region { id } } }
      collaborators { kind organization { id } }
      suppliers { organization { id } }
      alliances { alliance { name } }
    } }
  }
}`;

describe('per-request batch loading', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(() => t.close());

  async function queriesFor(query: string, variables: Record<string, unknown>): Promise<number> {
    const reads = vi.spyOn(t.executor, 'read');
    const txs = vi.spyOn(t.executor, 'tx');
    try {
      const r = await t.gql(query, variables);
      expect(r.errors).toBeUndefined();
      return reads.mock.calls.length + txs.mock.calls.length;
    } finally {
      reads.mockRestore();
      txs.mockRestore();
    }
  }

  it('reads 50 organisations with their clusters, region and ties in as many queries as 5', async () => {
    const five = await queriesFor(LIST, { n: 5 });
    const fifty = await queriesFor(LIST, { n: 50 });
    expect(fifty).toBe(five);
    // page + region + region parent + memberships + ties + alliances + clusters' regions (cached)
    expect(fifty).toBeLessThanOrEqual(7);
  });

  it('reads every cluster with members and their memberships in a constant number of queries', async () => {
    const q = `query($n: Int) { clusters(first: $n) { edges { node { id region { id } supporters { program }
      members(first: 30) { totalCount edges { node { id clusters { cluster { id } } } } } } } } }`;
    const two = await queriesFor(q, { n: 2 });
    const ten = await queriesFor(q, { n: 10 });
    expect(ten).toBe(two);
    expect(ten).toBeLessThanOrEqual(6);
  });
});
