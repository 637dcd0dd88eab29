import { readFileSync } from 'node:fs';
import { Neo4jLocalError } from '../errors.ts';
import { POM_PATH } from './paths.ts';

export interface PinnedVersions {
  neo4j: string;
  gds: string;
  apoc: string;
}

let cached: PinnedVersions | undefined;

/** Versions are read from pom.xml so that the POM stays the only place they are pinned. */
export function pinnedVersions(): PinnedVersions {
  if (cached !== undefined) return cached;
  const pom = readFileSync(POM_PATH, 'utf8');
  const prop = (name: string): string => {
    const m = new RegExp(`<${name.replace('.', '\\.')}>([^<]+)</${name.replace('.', '\\.')}>`).exec(pom);
    const v = m?.[1]?.trim();
    if (v === undefined || v === '') throw new Neo4jLocalError(`pom.xml has no <${name}> property`, { pom: POM_PATH });
    return v;
  };
  cached = { neo4j: prop('neo4j.version'), gds: prop('gds.version'), apoc: prop('apoc.version') };
  return cached;
}
