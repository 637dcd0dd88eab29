// The graphql-jit executor behind Apollo (server/graphql/jit-executor.ts): same results and the
// same error shapes as graphql-js, on the real schema with stand-in services (no database).
import { execute, getOperationAST, parse, GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { describe, expect, it } from 'vitest';
import { makeSchema } from '../../../server/graphql/apollo.ts';
import { jitGateway } from '../../../server/graphql/jit-executor.ts';
import { NotFoundError } from '../../../server/errors.ts';

const schema = makeSchema();
const slice = {
  nodes: [
    { id: 'a', label: 'ORGANIZATION', name: 'A', kind: 'ENTERPRISE', sector: null, regionId: null, clusterIds: ['c'], depth: 0, degree: 1 },
    { id: 'b', label: 'ORGANIZATION', name: 'B', kind: 'UNIVERSITY', sector: null, regionId: null, clusterIds: [], depth: 1, degree: 1 },
  ],
  edges: [{ id: 'SUPPLIES:a:b:', type: 'SUPPLIES', source: 'a', target: 'b', kind: '', weight: 2, value: null, since: 2019, until: null }],
  truncated: false,
};
const context = {
  services: {
    catalog: {
      neighborhood: async (args: { id: string }) => {
        if (args.id === 'missing') throw new NotFoundError('entity', 'missing');
        return slice;
      },
    },
  },
};

async function run(query: string, variables: Record<string, unknown> = {}) {
  const { executor } = await jitGateway(schema).load({ apollo: {} });
  const document = parse(query);
  const operation = getOperationAST(document);
  if (executor === null || operation === null) throw new Error('no executor or operation');
  const request = { document, operation, operationName: null, request: { variables }, context };
  const jit = await executor(request as unknown as Parameters<typeof executor>[0]);
  const js = await execute({ schema, document, contextValue: context, variableValues: variables });
  return { jit, js };
}

describe('jit executor', () => {
  it('returns what graphql-js returns', async () => {
    const { jit, js } = await run('query($id: ID!) { neighborhood(id: $id, depth: 1) { truncated nodes { id label kind clusterIds depth degree } edges { id source target type weight since until } } }', { id: 'a' });
    expect(jit.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(jit.data))).toEqual(JSON.parse(JSON.stringify(js.data)));
  });

  it('keeps the thrown error, its path and locations, as a graphql-js GraphQLError with extensions', async () => {
    const { jit, js } = await run('{ neighborhood(id: "missing") { truncated } }');
    const e = jit.errors?.[0];
    expect(e).toBeInstanceOf(GraphQLError);
    expect(e?.extensions).toEqual(js.errors?.[0]?.extensions);
    expect(e?.path).toEqual(['neighborhood']);
    expect(e?.locations).toEqual(js.errors?.[0]?.locations);
    expect(unwrapResolverError(e)).toBeInstanceOf(NotFoundError);
    expect(jit.data ?? null).toEqual(js.data ?? null);
  });

  it('rejects bad variables with the errors graphql-js gives', async () => {
    const { jit, js } = await run('query($d: Int) { neighborhood(id: "a", depth: $d) { truncated } }', { d: 'two' });
    expect(jit.data).toBeUndefined();
    expect(jit.errors?.map((e) => e.message)).toEqual(js.errors?.map((e) => e.message));
  });
});
