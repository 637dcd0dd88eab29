/** Editing mutations: thin; the edit service validates and writes. Admin-only ones check here. */
import { requireRole } from '../graphql/access.ts';
import type { MutationResolvers, Resolvers } from '../graphql/generated.ts';
import { JSONScalar } from '../graphql/json-scalar.ts';

/** GraphQL inputs arrive with nulls for cleared fields; the edit service takes plain records. */
const rec = (input: object): Record<string, unknown> => ({ ...input });

const mutation: MutationResolvers = {
  createRegion: (_p, { input }, ctx) => ctx.services.edit.createEntity('region', rec(input)),
  updateRegion: (_p, { id, patch }, ctx) => ctx.services.edit.updateEntity('region', id, rec(patch)),
  deleteRegion: (_p, { id }, ctx) => ctx.services.edit.deleteEntity('region', id),
  createCluster: (_p, { input }, ctx) => ctx.services.edit.createEntity('cluster', rec(input)),
  updateCluster: (_p, { id, patch }, ctx) => ctx.services.edit.updateEntity('cluster', id, rec(patch)),
  deleteCluster: (_p, { id }, ctx) => ctx.services.edit.deleteEntity('cluster', id),
  createOrganization: (_p, { input }, ctx) => ctx.services.edit.createEntity('organization', rec(input)),
  updateOrganization: (_p, { id, patch }, ctx) => ctx.services.edit.updateEntity('organization', id, rec(patch)),
  deleteOrganization: (_p, { id }, ctx) => ctx.services.edit.deleteEntity('organization', id),
  createAlliance: (_p, { input }, ctx) => ctx.services.edit.createEntity('alliance', rec(input)),
  updateAlliance: (_p, { id, patch }, ctx) => ctx.services.edit.updateEntity('alliance', id, rec(patch)),
  deleteAlliance: (_p, { id }, ctx) => ctx.services.edit.deleteEntity('alliance', id),
  setMembership: (_p, { input }, ctx) => ctx.services.edit.setMembership(rec(input)),
  removeMembership: (_p, { organizationId, clusterId }, ctx) => ctx.services.edit.removeMembership(organizationId, clusterId),
  upsertRelationship: (_p, { input }, ctx) => ctx.services.edit.upsertRelationship(rec(input)),
  deleteRelationship: (_p, { sourceId, targetId, type, kind }, ctx) =>
    ctx.services.edit.deleteRelationship({ sourceId, targetId, type, kind: kind ?? null }),
  addAllianceMember: (_p, { input }, ctx) => ctx.services.edit.addAllianceMember(rec(input)),
  removeAllianceMember: (_p, { allianceId, memberId }, ctx) => ctx.services.edit.removeAllianceMember(allianceId, memberId),
  importDataset: async (_p, { json, dryRun }, ctx) => {
    requireRole(ctx, 'ADMIN');
    const s = await ctx.services.edit.importJson(json, dryRun ?? false, ctx.services.config.api.importLimitBytes);
    return {
      ...s,
      steps: Object.entries(s.steps).map(([name, c]) => ({ name, ...c })),
      totals: { name: 'total', ...s.totals },
    };
  },
};

export const mutationResolvers: Resolvers = { Mutation: mutation, JSON: JSONScalar };
