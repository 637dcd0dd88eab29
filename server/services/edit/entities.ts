/** The four node kinds as the edit service sees them: file of the format, and their queries. */
import type { QueryName } from '../../db/queries.ts';
import type { DatasetFile } from '../../model/types.ts';

export type EntityKind = 'region' | 'cluster' | 'organization' | 'alliance';

export interface EntitySpec {
  file: DatasetFile;
  label: string;
  upsert: QueryName;
  get: QueryName;
  remove: QueryName;
}

export const ENTITIES: Record<EntityKind, EntitySpec> = {
  region: { file: 'regions', label: 'Region', upsert: 'import-regions', get: 'edit-get-region', remove: 'edit-delete-region' },
  cluster: { file: 'clusters', label: 'Cluster', upsert: 'import-clusters', get: 'edit-get-cluster', remove: 'edit-delete-cluster' },
  organization: {
    file: 'organizations',
    label: 'Organization',
    upsert: 'import-organizations',
    get: 'edit-get-organization',
    remove: 'edit-delete-organization',
  },
  alliance: { file: 'alliances', label: 'Alliance', upsert: 'import-alliances', get: 'edit-get-alliance', remove: 'edit-delete-alliance' },
};
