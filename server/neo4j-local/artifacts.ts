import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Neo4jLocalError } from '../errors.ts';
import { execCapture, tailLines } from './exec.ts';
import { cacheBaseDir, POM_PATH } from './paths.ts';
import { pinnedVersions, type PinnedVersions } from './versions.ts';

export interface PluginFlags {
  gds: boolean;
  apoc: boolean;
}

export interface InstalledArtifacts {
  /** Server jars plus the libraries the plugins need (all on the java classpath). */
  libDir: string;
  /** GDS and APOC jars only: Neo4j scans this directory for procedures. */
  pluginsDir: string;
  plugins: PluginFlags;
}

interface Marker {
  versions: PinnedVersions;
  /** sha256 of pom.xml: any edit (a new dependency, not only a version) invalidates the cache */
  pomSha256: string;
  plugins: PluginFlags;
  installedAt: string;
}

const MARKER = 'complete.json';
/** Groups that hold procedures; their jars go to plugins/, every other jar to lib/. */
const PLUGIN_GROUP_PREFIXES = ['org.neo4j.gds.', 'org.neo4j.procedure.'];

export function artifactsDir(versions: PinnedVersions = pinnedVersions()): string {
  return join(cacheBaseDir(), `neo4j-${versions.neo4j}`);
}

async function readMarker(dir: string): Promise<Marker | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM_PATH)).digest('hex');
}

function isCurrent(m: Marker | undefined, pomSha256: string): m is Marker {
  return m !== undefined && m.pomSha256 === pomSha256;
}

/**
 * Resolve the pinned jars with Maven into the cache, unless a complete cache for the same pinned
 * versions exists (then no Maven and no network: later starts work offline).
 * Falls back to fewer plugins when GDS or APOC do not resolve; the server alone must resolve.
 */
export async function installNeo4jArtifacts(opts: { log?: (line: string) => void } = {}): Promise<InstalledArtifacts> {
  const log = opts.log ?? (() => undefined);
  const versions = pinnedVersions();
  const dir = artifactsDir(versions);
  const result = (plugins: PluginFlags): InstalledArtifacts => ({ libDir: join(dir, 'lib'), pluginsDir: join(dir, 'plugins'), plugins });

  const pomSha256 = pomHash();
  const existing = await readMarker(dir);
  if (isCurrent(existing, pomSha256)) return result(existing.plugins);

  await mkdir(cacheBaseDir(), { recursive: true });
  // Private staging dir, renamed into place at the end: a crash or a concurrent install never
  // leaves a half-filled cache that looks complete.
  const staging = `${dir}.staging-${process.pid}-${Date.now()}`;
  const jarsDir = join(staging, 'jars');
  log(`neo4j-local: resolving Neo4j ${versions.neo4j}, GDS ${versions.gds}, APOC ${versions.apoc} with Maven into ${dir} (first run downloads ~200 MB)`);

  const attempts: PluginFlags[] = [
    { gds: true, apoc: true },
    { gds: true, apoc: false },
    { gds: false, apoc: true },
    { gds: false, apoc: false },
  ];
  let plugins: PluginFlags | undefined;
  const failures: string[] = [];
  try {
    for (const attempt of attempts) {
      await rm(staging, { recursive: true, force: true });
      await mkdir(jarsDir, { recursive: true });
      const args = [
        '-B', '-q', '-f', POM_PATH,
        'dependency:copy-dependencies',
        '-DincludeScope=runtime',
        // groupId in the file name lets us sort plugin jars from library jars below
        '-Dmdep.prependGroupId=true',
        `-DoutputDirectory=${jarsDir}`,
        ...(attempt.gds ? [] : ['-DskipGds']),
        ...(attempt.apoc ? [] : ['-DskipApoc']),
      ];
      let res;
      try {
        res = await execCapture('mvn', args);
      } catch (err) {
        throw new Neo4jLocalError('cannot run `mvn` (is Maven installed and on PATH?)', {}, { cause: err });
      }
      if (res.code === 0) {
        plugins = attempt;
        break;
      }
      const why = tailLines(`${res.stdout}\n${res.stderr}`, 15);
      failures.push(`gds=${attempt.gds} apoc=${attempt.apoc}:\n${why}`);
      log(`neo4j-local: Maven failed for gds=${attempt.gds} apoc=${attempt.apoc}; trying fewer plugins`);
    }
    if (plugins === undefined) {
      throw new Neo4jLocalError(`Maven could not resolve Neo4j ${versions.neo4j}:\n${failures.join('\n---\n')}`, { pom: POM_PATH });
    }

    const libDir = join(staging, 'lib');
    const pluginsDir = join(staging, 'plugins');
    await mkdir(libDir);
    await mkdir(pluginsDir);
    for (const jar of await readdir(jarsDir)) {
      const isPlugin = PLUGIN_GROUP_PREFIXES.some((p) => jar.startsWith(p));
      await rename(join(jarsDir, jar), join(isPlugin ? pluginsDir : libDir, jar));
    }
    await rm(jarsDir, { recursive: true });
    const marker: Marker = { versions, pomSha256, plugins, installedAt: new Date().toISOString() };
    // Marker written last: its presence means lib/ and plugins/ are complete.
    await writeFile(join(staging, MARKER), `${JSON.stringify(marker, null, 2)}\n`);

    // Another process may have finished first; its (complete) cache wins and ours is dropped.
    const raced = await readMarker(dir);
    if (isCurrent(raced, pomSha256)) return result(raced.plugins);
    if (existsSync(dir)) await rm(dir, { recursive: true, force: true }); // stale or other versions
    await rename(staging, dir);
    log(`neo4j-local: jars cached (gds=${plugins.gds}, apoc=${plugins.apoc})`);
    return result(plugins);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
