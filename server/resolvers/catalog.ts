/**
 * Resolvers of the catalog's entities and lists: thin. Lists and single entities come from the
 * catalog service; every nested field goes through a per-request loader (no N+1).
 */
import type { Resolvers } from '../graphql/generated.ts';
import { mustExist } from '../services/catalog/index.ts';
import { tiesFor } from '../services/catalog/relations.ts';
import './catalog-costs.ts';

const asOf = (a: { asOf?: number | null }) => ({ asOf: a.asOf ?? null });

export const catalogResolvers: Resolvers = {
  Query: {
    regions: (_p, args, ctx) => ctx.services.catalog.entities.regions(args),
    region: (_p, { id }, ctx) => mustExist('region', id, ctx.loaders.region.load(id)),
    clusters: (_p, args, ctx) => ctx.services.catalog.clusters(args),
    cluster: (_p, { id }, ctx) => mustExist('cluster', id, ctx.loaders.cluster.load(id)),
    organizations: (_p, args, ctx) => ctx.services.catalog.organizations(args),
    organization: (_p, { id }, ctx) => mustExist('organization', id, ctx.loaders.organization.load(id)),
    alliances: (_p, _args, ctx) => ctx.services.catalog.entities.alliances(),
    alliance: (_p, { id }, ctx) => mustExist('alliance', id, ctx.loaders.alliance.load(id)),
  },
  Region: {
    parent: (r, _a, ctx) => (r.parentId === null ? null : ctx.loaders.region.load(r.parentId)),
    children: (r, _a, ctx) => ctx.loaders.regionChildren.load(r.id),
    clusters: (r, _a, ctx) => ctx.loaders.regionClusters.load(r.id),
  },
  Cluster: {
    region: (c, _a, ctx) => (c.regionId === null ? null : ctx.loaders.region.load(c.regionId)),
    members: (c, args, ctx) => ctx.loaders.clusterMembers.load({ id: c.id, args: ctx.services.catalog.memberQuery(args) }),
    alliances: (c, args, ctx) => ctx.loaders.clusterAlliances.load({ id: c.id, args: asOf(args) }),
    supporters: (c, args, ctx) => ctx.loaders.clusterSupports.load({ id: c.id, args: asOf(args) }),
  },
  Organization: {
    region: (o, _a, ctx) => (o.regionId === null ? null : ctx.loaders.region.load(o.regionId)),
    clusters: (o, args, ctx) => ctx.loaders.memberships.load({ id: o.id, args: asOf(args) }),
    suppliers: async (o, args, ctx) => tiesFor(await ctx.loaders.ties.load({ id: o.id, args: asOf(args) }), 'suppliers'),
    customers: async (o, args, ctx) => tiesFor(await ctx.loaders.ties.load({ id: o.id, args: asOf(args) }), 'customers'),
    collaborators: async (o, args, ctx) =>
      tiesFor(await ctx.loaders.ties.load({ id: o.id, args: asOf(args) }), 'collaborators', args.kinds),
    investors: async (o, args, ctx) => tiesFor(await ctx.loaders.ties.load({ id: o.id, args: asOf(args) }), 'investors'),
    investments: async (o, args, ctx) => tiesFor(await ctx.loaders.ties.load({ id: o.id, args: asOf(args) }), 'investments'),
    supportedClusters: (o, args, ctx) => ctx.loaders.organizationSupports.load({ id: o.id, args: asOf(args) }),
    alliances: (o, args, ctx) => ctx.loaders.organizationAlliances.load({ id: o.id, args: asOf(args) }),
  },
  Alliance: {
    members: (a, args, ctx) => ctx.loaders.allianceMembers.load({ id: a.id, args: asOf(args) }),
  },
  OrganizationConnection: { totalCount: (c) => c.count() },
  ClusterConnection: { totalCount: (c) => c.count() },
  ClusterMemberConnection: { totalCount: (c) => c.count() },
};
