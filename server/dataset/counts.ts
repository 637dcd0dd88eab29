/** Record counts of a dataset, per Dataset property (for import summaries and logs). */
import type { Dataset } from '../model/types.ts';

export type DatasetCounts = { [K in keyof Dataset]: number };

export function datasetCounts(dataset: Dataset): DatasetCounts {
  return {
    regions: dataset.regions.length,
    clusters: dataset.clusters.length,
    organizations: dataset.organizations.length,
    memberships: dataset.memberships.length,
    relationships: dataset.relationships.length,
    alliances: dataset.alliances.length,
    allianceMembers: dataset.allianceMembers.length,
  };
}
