/**
 * Reads the whole cluster graph back as a Dataset, in the importer's format, so that
 * import → export → import gives the same graph.
 */
import type { Executor } from '../db/executor.ts';
import {
  rowToAllianceMember,
  rowToMembership,
  rowToNode,
  rowToRelationship,
} from '../db/dataset-rows.ts';
import type { Alliance, Cluster, Dataset, Organization, Region } from '../model/types.ts';

export async function readGraphAsDataset(executor: Executor): Promise<Dataset> {
  // One read transaction: the export is a consistent snapshot even while editors write.
  return executor.tx(
    'READ',
    async (tx) => ({
      regions: (await tx.run('export-regions')).map((r) => rowToNode<Region>(r)),
      clusters: (await tx.run('export-clusters')).map((r) => rowToNode<Cluster>(r)),
      organizations: (await tx.run('export-organizations')).map((r) => rowToNode<Organization>(r)),
      memberships: (await tx.run('export-memberships')).map(rowToMembership),
      relationships: (await tx.run('export-relationships')).map(rowToRelationship),
      alliances: (await tx.run('export-alliances')).map((r) => rowToNode<Alliance>(r)),
      allianceMembers: (await tx.run('export-alliance-members')).map(rowToAllianceMember),
    }),
    600_000,
  );
}
