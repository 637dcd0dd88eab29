/** Minimal argv parsing for the CLIs: positionals and `--flag` / `--key value` / `--key=value`. */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) {
      flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--') && VALUE_FLAGS.has(arg.slice(2))) {
        flags.set(arg.slice(2), next);
        i++;
      } else {
        flags.set(arg.slice(2), true);
      }
    }
  }
  return { positionals, flags };
}

const VALUE_FLAGS = new Set(['batch', 'format', 'source', 'countries', 'min-cluster-size', 'out']);

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** Runs a CLI body; prints AtlasErrors as one clear message (no stack) and sets the exit code. */
export async function runCli(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const code = typeof err === 'object' && err !== null && 'code' in err ? `${String(err.code)}: ` : '';
    process.stderr.write(`\nerror: ${code}${message}\n`);
    if (process.env['ATLAS_DEBUG'] === '1' && err instanceof Error) process.stderr.write(`${err.stack ?? ''}\n`);
    process.exitCode = 1;
  }
}
