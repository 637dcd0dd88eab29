/**
 * `npm run measures -- write [--all | --clusters=a,b] [--regions=r1,r2] [--alliance=id] [--as-of=YEAR]
 *                            [--types=SUPPLIES,COLLABORATES_WITH,INVESTS_IN] [--batch=N]`
 * `npm run measures -- clear`
 * Writes the node measures of a scope onto its Organization nodes as m_* properties (see
 * server/services/analytics/write-back.ts for the names), or removes them all.
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { BadUserInputError } from '../errors.ts';
import { AnalyticsEngine } from '../services/analytics/engine.ts';
import type { NetworkRelationshipType, Scope } from '../services/analytics/scope.ts';
import { clearMeasures, writeBackMeasures } from '../services/analytics/write-back.ts';
import { flagValue, parseArgs, runCli } from './args.ts';

const USAGE =
  'usage: npm run measures -- write [--all | --clusters=a,b] [--regions=r] [--alliance=id] [--as-of=YEAR] [--types=T1,T2] [--batch=N]\n' +
  '       npm run measures -- clear';

const list = (v: string | undefined): string[] | null => (v === undefined ? null : v.split(',').map((x) => x.trim()).filter((x) => x !== ''));

await runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const command = args.positionals[0];
  if (command !== 'write' && command !== 'clear') {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = args.flags.has('help') ? 0 : 2;
    return;
  }
  const config = loadConfig();
  const db = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const engine = new AnalyticsEngine(db.executor);
  try {
    if (command === 'clear') {
      process.stdout.write(`cleared measures from ${await clearMeasures(db.executor)} organisation(s)\n`);
      return;
    }
    const clusterIds = list(flagValue(args, 'clusters'));
    const regionIds = list(flagValue(args, 'regions'));
    const allianceId = flagValue(args, 'alliance') ?? null;
    const scope: Scope = clusterIds === null && regionIds === null && allianceId === null ? { all: true } : { clusterIds, regionIds, allianceId };
    const asOfText = flagValue(args, 'as-of');
    const asOf = asOfText === undefined ? null : Number(asOfText);
    const batchText = flagValue(args, 'batch');
    const batchSize = batchText === undefined ? 2_000 : Number(batchText);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new BadUserInputError(`--batch must be a positive integer, got '${batchText}'`);
    const types = list(flagValue(args, 'types')) as NetworkRelationshipType[] | null;
    const t = performance.now();
    const r = await writeBackMeasures(engine, { scope, network: { asOf, types }, batchSize }, (done, total) =>
      process.stderr.write(`\rwritten ${done}/${total}`),
    );
    process.stderr.write('\n');
    process.stdout.write(
      `wrote ${r.properties.length} properties (${r.properties.join(', ')}) on ${r.written} organisation(s) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await engine.close();
    await db.close({ keepLocalRunning: true });
  }
});
