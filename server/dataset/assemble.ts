/** Shared tail of the readers: typed Dataset from validated tables, or DatasetInvalidError. */
import { DatasetInvalidError, type DatasetIssue } from '../errors.ts';
import type { Alliance, AllianceMember, Cluster, Dataset, Membership, Organization, Region, Relationship } from '../model/types.ts';
import { sortIssues } from './issues.ts';
import type { TableBuilder } from './validate.ts';

/**
 * `fileOrder` sorts issues by file then line (CSV bundles); without it issues stay in the order
 * found, which for a JSON bundle is array by array, record by record (its "lines" are indexes
 * within each array, so sorting them across arrays would interleave the arrays).
 */
export function throwIfIssues(issues: DatasetIssue[], fileOrder?: readonly string[]): void {
  if (issues.length > 0) throw new DatasetInvalidError(fileOrder === undefined ? issues : sortIssues(issues, fileOrder));
}

/** Rows were built from the column table and fully validated, so the casts below hold. */
export function assembleDataset(tables: readonly TableBuilder[]): Dataset {
  const rows = (file: string): unknown => tables.find((t) => t.spec.file === file)?.rows ?? [];
  return {
    regions: rows('regions') as Region[],
    clusters: rows('clusters') as Cluster[],
    organizations: rows('organizations') as Organization[],
    memberships: rows('memberships') as Membership[],
    relationships: rows('relationships') as Relationship[],
    alliances: rows('alliances') as Alliance[],
    allianceMembers: rows('alliance_members') as AllianceMember[],
  };
}
