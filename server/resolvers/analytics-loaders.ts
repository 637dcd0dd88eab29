/**
 * Per-request batching of `Organization.measures`: a list of N organisations asking the same
 * scope costs one nodeMeasures call (one graph-version read, one cached or fresh computation),
 * not N. Kept beside the resolvers, keyed by the request's context, so the shared loaders.ts
 * stays the catalog's.
 */
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context.ts';
import { measureRecords, type OrganizationMeasuresRecord } from '../services/analytics/api-models.ts';
import { nodeMeasures, type NodeMeasuresRequest } from '../services/analytics/node-measures.ts';

interface MeasuresKey {
  id: string;
  request: NodeMeasuresRequest;
}

type MeasuresLoader = DataLoader<MeasuresKey, OrganizationMeasuresRecord | null, string>;

const perRequest = new WeakMap<GraphQLContext, MeasuresLoader>();

function createLoader(ctx: GraphQLContext): MeasuresLoader {
  return new DataLoader<MeasuresKey, OrganizationMeasuresRecord | null, string>(
    async (keys) => {
      const groups = new Map<string, NodeMeasuresRequest>();
      for (const k of keys) groups.set(JSON.stringify(k.request), k.request);
      const byGroup = new Map<string, Map<string, OrganizationMeasuresRecord>>();
      await Promise.all(
        [...groups].map(async ([sig, request]) => {
          const { organizations } = measureRecords(await nodeMeasures(ctx.services.analytics, request, { signal: ctx.signal }));
          byGroup.set(sig, new Map(organizations.map((o) => [o.id, o])));
        }),
      );
      return keys.map((k) => byGroup.get(JSON.stringify(k.request))?.get(k.id) ?? null);
    },
    { cacheKeyFn: (k) => `${k.id}\u0000${JSON.stringify(k.request)}` },
  );
}

/** The measures of one organisation in a scope; null when it is not in the scope. */
export function loadMeasures(ctx: GraphQLContext, id: string, request: NodeMeasuresRequest): Promise<OrganizationMeasuresRecord | null> {
  let loader = perRequest.get(ctx);
  if (loader === undefined) {
    loader = createLoader(ctx);
    perRequest.set(ctx, loader);
  }
  return loader.load({ id, request });
}
