/**
 * `npm run bench -- <suite> [options]`: benchmarks that report ratios against a peer measured in
 * the same run on the same machine, with the machine and date. Results are printed and saved as
 * Markdown under bench/results/.
 */
import { parseArgs } from '../server/cli/args.ts';

const SUITES: Record<string, () => Promise<{ run(argv: string[]): Promise<void> }>> = {
  import: () => import('./import.ts'),
  analytics: () => import('./analytics.ts'),
  api: () => import('./api.ts'),
  cordis: () => import('./cordis.ts'),
  client: () => import('./client.ts'),
};

const args = parseArgs(process.argv.slice(2));
const names = args.positionals.length > 0 ? args.positionals : Object.keys(SUITES);
for (const name of names) {
  const load = SUITES[name];
  if (load === undefined) {
    process.stderr.write(`unknown benchmark '${name}'; known: ${Object.keys(SUITES).join(', ')}\n`);
    process.exit(2);
  }
  const suite = await load();
  await suite.run(process.argv.slice(2).filter((a) => a !== name));
}
