/** Runs the project's CLIs as a user would (`tsx server/cli/<name>.ts`), against the test Neo4j. */
import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cliEnv(): NodeJS.ProcessEnv {
  const conn = inject('neo4j');
  return { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
}

export function startCli(name: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', `server/cli/${name}.ts`, ...args], {
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runCliProcess(name: string, args: string[]): Promise<CliResult> {
  const child = startCli(name, args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
