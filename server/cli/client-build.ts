/**
 * `npm start` on a fresh clone has no built client: build it once (Vite, about 10 s) so that the
 * explorer is there at `/`. Later starts find client/dist/ and skip this.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST } from '../http/static.ts';
import { REPO_ROOT } from '../neo4j-local/paths.ts';

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(CLIENT_DIST, 'index.html'))) return;
  log('building the explorer client (first start only)…');
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', path.join(REPO_ROOT, 'client', 'vite.config.ts'), '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the client failed (exit ${code}); try npm run build:client`))));
  });
}
