/**
 * Cluster analytics resolvers (server/schema/analytics-clusters.graphql): thin. Every field of
 * every cluster of a request reads one cached comparison of all clusters (per network options,
 * weights and normalisation), so a list of clusters asking their scorecards computes it once.
 */
import { CHANNELS, INDICATOR_KEYS } from '../algorithms/cluster/index.ts';
import type { Resolvers } from '../graphql/generated.ts';
import {
  clusterChecklist,
  clusterCooperation,
  clusterNetwork,
  clusterReport,
  clusterScorecard,
  clusterStrategy,
  compareClusters,
} from '../services/analytics/clusters.ts';
import './analytics-costs.ts';
import { given, networkOf, weightsOf } from './analytics-inputs.ts';

export const analyticsClusterResolvers: Resolvers = {
  Cluster: {
    cooperation: (c, a, ctx) => clusterCooperation(ctx.services.analytics, c.id, { ...networkOf(a.network), ...given('resilienceK', a.resilienceK) }),
    strategy: (c, a, ctx) => clusterStrategy(ctx.services.analytics, c.id, { ...networkOf(a.network), ...given('mixedMargin', a.mixedMargin) }),
    scorecard: (c, a, ctx) =>
      clusterScorecard(ctx.services.analytics, c.id, {
        ...networkOf(a.network),
        ...weightsOf(a.weights),
        ...given('normalisation', a.normalisation),
        ...given('against', a.against),
      }),
    checklist: (c, a, ctx) => clusterChecklist(ctx.services.analytics, c.id, networkOf(a.network)),
    report: (c, a, ctx) =>
      clusterReport(ctx.services.analytics, c.id, {
        ...networkOf(a.network),
        ...weightsOf(a.weights),
        ...given('normalisation', a.normalisation),
        ...given('against', a.against),
        ...given('resilienceK', a.resilienceK),
        ...given('mixedMargin', a.mixedMargin),
      }),
  },
  Query: {
    compareClusters: (_p, a, ctx) =>
      compareClusters(ctx.services.analytics, a.ids, {
        ...networkOf(a.network),
        ...weightsOf(a.weights),
        ...given('normalisation', a.normalisation),
        ...given('resilienceK', a.resilienceK),
        ...given('mixedMargin', a.mixedMargin),
      }),
    clusterLinkIntensity: (_p, a, ctx) => clusterNetwork(ctx.services.analytics, networkOf(a.network)),
  },
  ClusterComparison: {
    weights: (cmp) => ({
      channels: CHANNELS.map((channel) => ({ channel, weight: cmp.weights.channels[channel] })),
      indicators: INDICATOR_KEYS.map((key) => ({ key, weight: cmp.weights.indicators[key] })),
    }),
  },
  ClusterReport: {
    cluster: (r, _a, ctx) => ctx.loaders.cluster.load(r.clusterId),
  },
  ClusterLinkNode: {
    cluster: (n, _a, ctx) => ctx.loaders.cluster.load(n.id),
  },
  LeaderConcentration: {
    organization: (l, _a, ctx) => (l.organizationId === null ? null : ctx.loaders.organization.load(l.organizationId)),
  },
};
