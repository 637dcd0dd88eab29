/**
 * Writes a validated Dataset into Neo4j: files in dependency order, each in batched,
 * parameterised write transactions. Every batch is an idempotent upsert that skips unchanged
 * rows, so the same data again writes nothing, changed rows change, and a run that was killed
 * is completed by running the same import again (its run record says so).
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { AtlasError, ErrorCode } from '../errors.ts';
import type { Executor } from '../db/executor.ts';
import type { QueryName } from '../db/queries.ts';
import {
  allianceMemberRow,
  membershipRow,
  nodeRow,
  relationshipRow,
  type EdgeRow,
  type NodeRow,
} from '../db/dataset-rows.ts';
import type { Dataset, RelationshipType } from '../model/types.ts';
import { graphCounts } from './graph-counts.ts';

export interface StepCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  runId: string;
  dryRun: boolean;
  steps: Record<string, StepCounts>;
  totals: StepCounts;
  /** Earlier runs of the same data that had been interrupted and that this run completed. */
  resumed: string[];
  graphChanged: boolean;
}

export interface ImportProgress {
  step: string;
  done: number;
  total: number;
  rowsDone: number;
  rowsTotal: number;
}

export interface ImportOptions {
  source: string;
  checksum: string;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}

interface Step {
  name: string;
  query: QueryName;
  /** CREATE-based variant for a first import into an empty label or type (no MERGE lookups). */
  createQuery?: QueryName;
  /** The CREATE variant takes positional rows [sourceId, targetId, props, hash] (edges only). */
  positional?: boolean;
  /** Key of the `counts` query that tells whether that label or type is still empty. */
  countKey?: string;
  /**
   * Run two batches at once, so that sending one overlaps with Neo4j writing the other. Node
   * batches touch disjoint nodes; relationship batches may lock the same endpoints, and a
   * deadlock between them is a transient error that the driver retries.
   */
  parallel?: boolean;
  rows: (NodeRow | EdgeRow)[];
  /** False for steps that only link rows another step already counted. */
  counted: boolean;
}

const REL_QUERY: Record<RelationshipType, { merge: QueryName; create: QueryName; countKey: string }> = {
  SUPPLIES: { merge: 'import-rel-supplies', create: 'import-create-rel-supplies', countKey: 'supplies' },
  COLLABORATES_WITH: { merge: 'import-rel-collaborates', create: 'import-create-rel-collaborates', countKey: 'collaborates' },
  INVESTS_IN: { merge: 'import-rel-invests', create: 'import-create-rel-invests', countKey: 'invests' },
  SUPPORTS: { merge: 'import-rel-supports', create: 'import-create-rel-supports', countKey: 'supports' },
};

/** The import plan: one step per query, in an order where every reference already exists. */
export function planImport(dataset: Dataset): Step[] {
  const clusterIds = new Set(dataset.clusters.map((c) => c.id));
  const byType = new Map<RelationshipType, EdgeRow[]>();
  for (const r of dataset.relationships) {
    const list = byType.get(r.type) ?? [];
    list.push(relationshipRow(r));
    byType.set(r.type, list);
  }
  const regions = dataset.regions.map(nodeRow);
  const steps: Step[] = [
    {
      name: 'regions',
      query: 'import-regions',
      createQuery: 'import-create-regions',
      countKey: 'regions',
      rows: regions,
      counted: true,
      parallel: true,
    },
    {
      name: 'region parents',
      query: 'import-region-parents',
      rows: regions.filter((r) => r.parentId !== null),
      counted: false,
    },
    {
      name: 'clusters',
      query: 'import-clusters',
      createQuery: 'import-create-clusters',
      countKey: 'clusters',
      rows: dataset.clusters.map(nodeRow),
      counted: true,
      parallel: true,
    },
    {
      name: 'organizations',
      query: 'import-organizations',
      createQuery: 'import-create-organizations',
      countKey: 'organizations',
      rows: dataset.organizations.map(nodeRow),
      counted: true,
      parallel: true,
    },
    {
      name: 'memberships',
      query: 'import-memberships',
      createQuery: 'import-create-memberships',
      countKey: 'memberships',
      positional: true,
      rows: dataset.memberships.map(membershipRow),
      counted: true,
      parallel: true,
    },
    ...(Object.keys(REL_QUERY) as RelationshipType[]).map((t) => ({
      name: t,
      query: REL_QUERY[t].merge,
      createQuery: REL_QUERY[t].create,
      countKey: REL_QUERY[t].countKey,
      positional: true,
      rows: byType.get(t) ?? [],
      counted: true,
      parallel: true,
    })),
    {
      name: 'alliances',
      query: 'import-alliances',
      createQuery: 'import-create-alliances',
      countKey: 'alliances',
      rows: dataset.alliances.map(nodeRow),
      counted: true,
      parallel: true,
    },
    {
      name: 'alliance members',
      query: 'import-alliance-members',
      createQuery: 'import-create-alliance-members',
      countKey: 'partyTo',
      rows: dataset.allianceMembers.map((m) => allianceMemberRow(m, clusterIds)),
      counted: true,
    },
  ];
  return steps;
}

/** What an import would write, without a database: the plan's row counts. */
export function dryRunSummary(dataset: Dataset): ImportSummary {
  const steps: Record<string, StepCounts> = {};
  for (const s of planImport(dataset)) {
    if (s.counted && s.rows.length > 0) steps[s.name] = { rows: s.rows.length, created: 0, updated: 0, unchanged: 0 };
  }
  const rows = Object.values(steps).reduce((n, c) => n + c.rows, 0);
  return { runId: '', dryRun: true, steps, totals: { rows, created: 0, updated: 0, unchanged: 0 }, resumed: [], graphChanged: false };
}

export async function importDataset(executor: Executor, dataset: Dataset, options: ImportOptions): Promise<ImportSummary> {
  const steps = planImport(dataset).filter((s) => s.rows.length > 0);
  const rowsTotal = steps.reduce((n, s) => n + s.rows.length, 0);
  const runId = randomUUID();
  const summary: ImportSummary = {
    runId,
    dryRun: false,
    steps: {},
    totals: { rows: 0, created: 0, updated: 0, unchanged: 0 },
    resumed: [],
    graphChanged: false,
  };
  await refuseConcurrentImport(executor);
  const started = await executor.write('import-run-start', {
    id: runId,
    source: options.source,
    checksum: options.checksum,
    pid: process.pid,
    host: hostname(),
    rowsTotal,
  });
  const resumes = started[0]?.['resumes'];
  summary.resumed = Array.isArray(resumes) ? resumes.map(String) : [];

  const batchSize = options.batchSize ?? 5_000;
  // Empty labels and types take the CREATE path: a first import need not look anything up.
  const before = await graphCounts(executor);
  let rowsDone = 0;
  try {
    for (const step of steps) {
      const counts: StepCounts = { rows: step.rows.length, created: 0, updated: 0, unchanged: 0 };
      const empty = step.createQuery !== undefined && step.countKey !== undefined && (before[step.countKey] ?? 0) === 0;
      const query = empty && step.createQuery !== undefined ? step.createQuery : step.query;
      const batches: (NodeRow | EdgeRow)[][] = [];
      for (let i = 0; i < step.rows.length; i += batchSize) batches.push(step.rows.slice(i, i + batchSize));
      let done = 0;
      await runPooled(batches, step.parallel === true ? 2 : 1, async (batch) => {
        const rows = await executor.tx(
          'WRITE',
          async (tx) => {
            const sent = empty && step.positional === true ? batch.map(toPositional) : batch;
            const result = await tx.run(query, { rows: sent });
            await tx.run('import-run-progress', { id: runId, rows: batch.length, file: step.name });
            return result;
          },
          600_000,
        );
        counts.created += Number(rows[0]?.['created'] ?? 0);
        counts.updated += Number(rows[0]?.['updated'] ?? 0);
        rowsDone += batch.length;
        done += batch.length;
        options.onProgress?.({ step: step.name, done, total: step.rows.length, rowsDone, rowsTotal });
      });
      counts.unchanged = counts.rows - counts.created - counts.updated;
      if (step.counted) summary.steps[step.name] = counts;
    }
  } catch (err) {
    await executor
      .write('import-run-fail', { id: runId, error: err instanceof Error ? err.message : String(err) })
      .catch(() => undefined);
    throw err;
  }
  for (const c of Object.values(summary.steps)) {
    summary.totals.rows += c.rows;
    summary.totals.created += c.created;
    summary.totals.updated += c.updated;
    summary.totals.unchanged += c.unchanged;
  }
  summary.graphChanged = summary.totals.created + summary.totals.updated > 0;
  await executor.write('import-run-finish', {
    id: runId,
    changed: summary.graphChanged,
    created: summary.totals.created,
    updated: summary.totals.updated,
    unchanged: summary.totals.unchanged,
  });
  return summary;
}

function toPositional(row: NodeRow | EdgeRow): unknown[] {
  return 'sourceId' in row ? [row.sourceId, row.targetId, row.props, row.hash] : [row.id, row.props, row.hash];
}

/** Runs `work` over `items` with at most `concurrency` in flight; the first failure stops it. */
async function runPooled<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Two imports at once would interleave their batches; a run of a live process on this host blocks. */
async function refuseConcurrentImport(executor: Executor): Promise<void> {
  for (const run of await executor.read('import-run-interrupted')) {
    const pid = Number(run['pid']);
    if (run['host'] === hostname() && pid !== process.pid && isAlive(pid)) {
      throw new AtlasError(ErrorCode.BAD_USER_INPUT, `another import is running (pid ${pid}, run ${String(run['id'])})`, {
        runId: run['id'],
      });
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
