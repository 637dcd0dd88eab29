/**
 * Static costs of the analytics fields (server/graphql/limits/cost.ts), so that ATLAS_MAX_COST
 * (default 10,000) bounds what one request may ask. A cold computation of the whole demo graph's
 * node measures takes about a second; cached ones are cheap, but the cost model cannot know.
 *   Organization.measures 100 per organisation asked (a list of 50 costs 5,000; the computation
 *     itself is shared, the cost guards against many distinct scopes in one request);
 *   networkMeasures 200, hubFirms 200 (all node measures of a scope; `limit` multiplies the rows);
 *   communities 300 (Louvain restarts); whatIf 500 (two analyses), its impacts 300 more;
 *   cluster measures 20–50 each (one comparison of every cluster, shared); compareClusters and
 *   clusterLinkIntensity 100; writeBackMeasures 1,000 (measures plus batched writes).
 */
import { registerFieldCosts } from '../graphql/limits/cost.ts';

registerFieldCosts({
  'Organization.measures': 100,
  'Query.networkMeasures': 200,
  'Query.hubFirms': 200,
  'Query.communities': 300,
  'Query.whatIf': 500,
  'WhatIfResult.impacts': 300,
  'Cluster.cooperation': 20,
  'Cluster.strategy': 20,
  'Cluster.scorecard': 30,
  'Cluster.checklist': 20,
  'Cluster.report': 50,
  'Query.compareClusters': 100,
  'Query.clusterLinkIntensity': 100,
  'Mutation.writeBackMeasures': 1_000,
});
