/**
 * The query registry: every Cypher statement lives in `cypher/queries/<name>.cypher`, one
 * parameterised statement per file, loaded once at start. Code names queries through the
 * `QueryName` union, and loading fails if any named file is missing, so a typo or a deleted file
 * stops the start rather than a request.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasError, ErrorCode } from '../errors.ts';
import { ANALYTICS_QUERIES } from './query-names/analytics.ts';
import { API_QUERIES } from './query-names/api.ts';
import { CORE_QUERIES } from './query-names/core.ts';
import { EDIT_QUERIES } from './query-names/edit.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

// Each area lists its own query names (one file each), so that the lists grow without conflicts.
export const QUERY_NAMES = [...CORE_QUERIES, ...EDIT_QUERIES, ...API_QUERIES, ...ANALYTICS_QUERIES] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export class QueryRegistry {
  private readonly texts: ReadonlyMap<string, string>;

  private constructor(texts: Map<string, string>) {
    this.texts = texts;
  }

  static load(dir: string = path.join(CYPHER_DIR, 'queries')): QueryRegistry {
    const texts = new Map<string, string>();
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.cypher')) continue;
      texts.set(file.slice(0, -'.cypher'.length), stripComments(readFileSync(path.join(dir, file), 'utf8')));
    }
    const missing = QUERY_NAMES.filter((n) => !texts.has(n));
    if (missing.length > 0) {
      throw new AtlasError(ErrorCode.INTERNAL_SERVER_ERROR, `missing Cypher query files in ${dir}: ${missing.join(', ')}`);
    }
    return new QueryRegistry(texts);
  }

  get(name: QueryName): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new AtlasError(ErrorCode.INTERNAL_SERVER_ERROR, `unknown query ${name}`);
    return text;
  }

  names(): string[] {
    return [...this.texts.keys()].sort();
  }
}

/** Removes `//` line comments so that files can carry a header explaining the query. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

let shared: QueryRegistry | undefined;
/** The process-wide registry, loaded on first use. */
export function queries(): QueryRegistry {
  shared ??= QueryRegistry.load();
  return shared;
}
