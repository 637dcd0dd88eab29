/**
 * Network analytics resolvers (server/schema/analytics-network.graphql): thin. The engine
 * (ctx.services.analytics) computes; every long computation gets the request's signal, so a
 * client that goes away cancels it (CANCELLED) unless another request waits for the same result.
 */
import { requireRole } from '../graphql/access.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { communities } from '../services/analytics/communities.ts';
import { hubFirms } from '../services/analytics/hub-firms.ts';
import { rankedMeasures } from '../services/analytics/ranked-measures.ts';
import { whatIfImpact } from '../services/analytics/what-if-impact.ts';
import { whatIf } from '../services/analytics/what-if.ts';
import { writeBackMeasures } from '../services/analytics/write-back.ts';
import './analytics-costs.ts';
import { betweennessOf, given, networkOf } from './analytics-inputs.ts';
import { loadMeasures } from './analytics-loaders.ts';

/** A result row's organisation, through the catalog's per-request loader. */
const organization = (p: { organizationId: string }, _a: unknown, ctx: GraphQLContext) => ctx.loaders.organization.load(p.organizationId);

export const analyticsNetworkResolvers: Resolvers = {
  Query: {
    networkMeasures: (_p, a, ctx) =>
      rankedMeasures(
        ctx.services.analytics,
        { scope: a.scope, ...networkOf(a.network), ...betweennessOf(a.betweenness), ...given('orderBy', a.orderBy), ...given('limit', a.limit) },
        { signal: ctx.signal },
      ),
    hubFirms: (_p, a, ctx) =>
      hubFirms(
        ctx.services.analytics,
        {
          scope: a.scope,
          ...networkOf(a.network),
          ...betweennessOf(a.betweenness),
          ...given('rankBy', a.rankBy),
          ...given('roles', a.roles),
          ...given('kinds', a.kinds),
          ...given('sectors', a.sectors),
          ...given('regionIds', a.regionIds),
          ...given('limit', a.limit),
        },
        { signal: ctx.signal },
      ),
    communities: (_p, a, ctx) =>
      communities(
        ctx.services.analytics,
        { scope: a.scope, ...networkOf(a.network), ...given('resolution', a.resolution), ...given('restarts', a.restarts), ...given('seed', a.seed) },
        { signal: ctx.signal },
      ),
    whatIf: async (_p, a, ctx) => {
      const request = { remove: a.remove, scope: a.scope, ...networkOf(a.network) };
      return { ...(await whatIf(ctx.services.analytics, request, { signal: ctx.signal })), request };
    },
    analyticsComputations: (_p, _a, ctx) =>
      ctx.services.analytics.running().map((r) => ({
        kind: r.kind,
        runningMs: Date.now() - r.startedAt,
        waiters: Number.isFinite(r.waiters) ? r.waiters : -1,
        phase: r.progress?.phase ?? null,
        done: r.progress?.done ?? null,
        total: r.progress?.total ?? null,
      })),
  },
  Mutation: {
    writeBackMeasures: (_p, a, ctx) => {
      requireRole(ctx, 'ADMIN');
      return writeBackMeasures(ctx.services.analytics, { scope: a.scope, ...networkOf(a.network) });
    },
  },
  Organization: {
    measures: (o, a, ctx) => loadMeasures(ctx, o.id, { scope: a.scope, ...networkOf(a.network), ...betweennessOf(a.betweenness) }),
  },
  OrganizationMeasures: {
    organizationId: (m) => m.id,
    organization: (m, _a, ctx) => ctx.loaders.organization.load(m.id),
    z: (m) => m.withinModuleZ,
  },
  HubFirm: {
    organization,
    z: (f) => f.withinModuleZ,
  },
  OrganizationImpact: { organization },
  DetectedCommunity: {
    dominantCluster: (c, _a, ctx) => (c.dominantClusterId === null ? null : ctx.loaders.cluster.load(c.dominantClusterId)),
  },
  WhatIfResult: {
    impacts: (w, a, ctx) =>
      whatIfImpact(ctx.services.analytics, { ...w.request, ...given('rankBy', a.rankBy), ...given('limit', a.limit) }, { signal: ctx.signal }),
  },
};
