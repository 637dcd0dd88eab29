/** The table both importers print at the end: rows created, updated and unchanged per step. */
import type { ImportSummary } from '../services/import-service.ts';

export function formatImportSummary(s: ImportSummary, ms: number): string {
  const row = (name: string, c: { rows: number; created: number; updated: number; unchanged: number }): string =>
    `${name.padEnd(18)}${String(c.rows).padStart(10)}${String(c.created).padStart(10)}${String(c.updated).padStart(10)}${String(c.unchanged).padStart(11)}`;
  const lines = [
    s.dryRun ? 'dry run: the bundle is valid; nothing was written' : `import run ${s.runId} finished`,
    `${'step'.padEnd(18)}${'rows'.padStart(10)}${'created'.padStart(10)}${'updated'.padStart(10)}${'unchanged'.padStart(11)}`,
    ...Object.entries(s.steps).map(([name, c]) => row(name, c)),
    row('total', s.totals),
  ];
  if (!s.dryRun) {
    lines.push(`${(ms / 1000).toFixed(2)} s, ${Math.round(s.totals.rows / Math.max(ms / 1000, 1e-3))} rows/s`);
    if (s.resumed.length > 0) lines.push(`completed interrupted run(s): ${s.resumed.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
