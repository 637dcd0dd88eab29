/**
 * Reference resolution between files. Files are read in DATASET_FILES order and only reference
 * files before them (or themselves: regions.parentId, checked once regions are complete), so every
 * reference can be checked as its row is read, in one pass, with Map lookups.
 */
import type { RefTarget } from './columns.ts';

type IdFile = 'region' | 'cluster' | 'organization' | 'alliance';

export class RefIndex {
  /** id → line where it is defined. */
  readonly ids: Record<IdFile, Map<string, number>> = {
    region: new Map(),
    cluster: new Map(),
    organization: new Map(),
    alliance: new Map(),
  };
  /**
   * False when a file could not be read completely (bad encoding, malformed CSV, a skipped row,
   * a missing id column): references into it are then not checked, rather than flooding the
   * report with UNKNOWN_REFERENCE issues that are only echoes of the first problem.
   */
  readonly complete: Record<IdFile, boolean> = { region: true, cluster: true, organization: true, alliance: true };

  /** Returns why `value` does not resolve, or undefined when it does (or cannot be checked). */
  check(target: RefTarget, value: string, row: Readonly<Record<string, unknown>>): string | undefined {
    switch (target) {
      case 'region':
      case 'cluster':
      case 'organization':
      case 'alliance':
        return this.resolve(target, value);
      case 'relationshipTarget': {
        const type = row['type'];
        if (typeof type !== 'string') return undefined; // bad or missing type: already reported
        return this.resolve(type === 'SUPPORTS' ? 'cluster' : 'organization', value);
      }
      case 'clusterOrOrganization': {
        const inClusters = this.ids.cluster.has(value);
        const inOrgs = this.ids.organization.has(value);
        if (inClusters && inOrgs) {
          return `${JSON.stringify(value)} is ambiguous: both a cluster and an organisation have this id`;
        }
        if (inClusters || inOrgs || !this.complete.cluster || !this.complete.organization) return undefined;
        return `no cluster or organisation has id ${JSON.stringify(value)}`;
      }
    }
  }

  private resolve(target: IdFile, value: string): string | undefined {
    if (this.ids[target].has(value) || !this.complete[target]) return undefined;
    return `no ${target} has id ${JSON.stringify(value)}`;
  }
}

export function idFileOf(file: string): IdFile | undefined {
  switch (file) {
    case 'regions':
      return 'region';
    case 'clusters':
      return 'cluster';
    case 'organizations':
      return 'organization';
    case 'alliances':
      return 'alliance';
    default:
      return undefined;
  }
}
