/**
 * `npm run export -- <path> [--format csv|json|graphml|gexf]`
 * Writes the whole graph in the import format (a CSV folder or one JSON file), or as GraphML or
 * GEXF for Cytoscape desktop and Gephi. The format follows the extension unless --format says.
 */
import { writeFile, rename } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { applyMigrations } from '../db/migrations.ts';
import { toGexf, toGraphML, writeCsvBundle, writeJsonBundle } from '../dataset/index.ts';
import { readGraphAsDataset } from '../services/export-service.ts';
import { flagValue, parseArgs, runCli } from './args.ts';

const FORMATS = ['csv', 'json', 'graphml', 'gexf'] as const;
type Format = (typeof FORMATS)[number];

function formatOf(target: string, flag: string | undefined): Format {
  if (flag !== undefined) {
    const f = FORMATS.find((x) => x === flag);
    if (f === undefined) throw new Error(`--format must be one of ${FORMATS.join(', ')}, got '${flag}'`);
    return f;
  }
  const ext = target.toLowerCase().split('.').pop();
  return ext === 'json' || ext === 'graphml' || ext === 'gexf' ? ext : 'csv';
}

await runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const target = args.positionals[0];
  if (target === undefined) {
    process.stderr.write('usage: npm run export -- <folder | file.json | file.graphml | file.gexf> [--format csv|json|graphml|gexf]\n');
    process.exitCode = 2;
    return;
  }
  const format = formatOf(target, flagValue(args, 'format'));
  const db = await openDatabase(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    await applyMigrations(db.executor);
    const dataset = await readGraphAsDataset(db.executor);
    switch (format) {
      case 'csv':
        await writeCsvBundle(dataset, target);
        break;
      case 'json':
        await writeJsonBundle(dataset, target);
        break;
      case 'graphml':
        await writeAtomically(target, toGraphML(dataset));
        break;
      case 'gexf':
        await writeAtomically(target, toGexf(dataset));
        break;
    }
    process.stdout.write(
      `exported ${dataset.organizations.length} organisations, ${dataset.relationships.length} relationships, ` +
        `${dataset.memberships.length} memberships to ${target} (${format})\n`,
    );
  } finally {
    await db.close();
  }
});

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, file);
}
