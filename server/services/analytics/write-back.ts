/**
 * Optional write-back of node measures as Organization properties, for users who query with
 * Cypher (`npm run measures -- write`). Property names come from the fixed MEASURE_PROPERTIES
 * enum below (prefix `m_`), never from input; values go in batched, parameterised writes
 * (`analytics-write-measures`). Each written node also gets m_asOf, m_scope (the scope as JSON)
 * and m_graphVersion (the version the measures were computed on). The graph version is bumped
 * afterwards, as after every write. A re-import of an organisation whose row changed replaces
 * its properties and so drops these (they are derived, not data).
 */
import type { Executor } from '../../db/executor.ts';
import type { AnalyticsEngine } from './engine.ts';
import { nodeMeasures, type OrganizationMeasures } from './node-measures.ts';
import type { NetworkOptions, Scope } from './scope.ts';

export const MEASURE_PROPERTIES = {
  degree: 'm_degree',
  strength: 'm_strength',
  degreeCentrality: 'm_degreeCentrality',
  betweenness: 'm_betweenness',
  closeness: 'm_closeness',
  harmonic: 'm_harmonic',
  eigenvector: 'm_eigenvector',
  pagerank: 'm_pagerank',
  clustering: 'm_clustering',
  constraint: 'm_constraint',
  effectiveSize: 'm_effectiveSize',
  withinModuleZ: 'm_z',
  participation: 'm_participation',
  role: 'm_role',
  community: 'm_community',
} as const satisfies Partial<Record<keyof OrganizationMeasures, string>>;

export interface WriteBackResult {
  written: number;
  properties: string[];
  graphVersion: number;
}

export async function writeBackMeasures(
  engine: AnalyticsEngine,
  request: { scope: Scope; network?: NetworkOptions; batchSize?: number },
  onBatch: (done: number, total: number) => void = () => undefined,
): Promise<WriteBackResult> {
  const m = await nodeMeasures(engine, { scope: request.scope, ...(request.network ? { network: request.network } : {}) });
  const batch = request.batchSize ?? 2_000;
  const scopeText = JSON.stringify(m.scope);
  const rows = m.organizations.map((o) => {
    const props: Record<string, string | number | null> = {
      m_asOf: m.network.asOf,
      m_scope: scopeText,
      m_graphVersion: m.graphVersion,
      m_brokerage: o.brokerage.total,
    };
    for (const [key, prop] of Object.entries(MEASURE_PROPERTIES)) props[prop] = o[key as keyof typeof MEASURE_PROPERTIES];
    return { id: o.id, props };
  });
  let written = 0;
  for (let i = 0; i < rows.length; i += batch) {
    const out = await engine.executor.write('analytics-write-measures', { rows: rows.slice(i, i + batch) });
    written += Number(out[0]?.['written'] ?? 0);
    onBatch(Math.min(i + batch, rows.length), rows.length);
  }
  await engine.executor.write('graph-version-bump');
  return { written, properties: [...Object.values(MEASURE_PROPERTIES), 'm_brokerage', 'm_asOf', 'm_scope', 'm_graphVersion'], graphVersion: m.graphVersion };
}

/** Removes every written-back measure property, in batches; returns the organisations cleared. */
export async function clearMeasures(executor: Executor, batchSize = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await executor.write('analytics-clear-measures', { limit: batchSize });
    const n = Number(rows[0]?.['cleared'] ?? 0);
    total += n;
    if (n === 0) break;
  }
  if (total > 0) await executor.write('graph-version-bump');
  return total;
}
