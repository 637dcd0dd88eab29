/**
 * Reading the CORDIS folder (data/cordis-h2020/ layout) from disk. Files are streamed (gunzip →
 * csv-parse), so the 145k participations never exist as one big string; `.gz` or plain `.csv`
 * are both accepted (the test fixtures are plain text). Every problem names file and line.
 */
import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { parse, CsvError } from 'csv-parse';
import { CordisInputError } from './errors.ts';
import { parseProgrammesYml } from './programmes.ts';
import {
  Header,
  ORGANIZATION_COLUMNS,
  PARTICIPATION_COLUMNS,
  PROGRAMME_PART_COLUMNS,
  organizationFrom,
  unwrapLooseQuotes,
  participationFrom,
  projectPartFrom,
} from './records.ts';
import type { CordisSource, OrganizationInfo } from './source.ts';

/** Where each input lives inside the folder; the first existing candidate is read. */
export const CORDIS_FILES = {
  participations: ['participations/h2020.csv.gz', 'participations/h2020.csv'],
  projectParts: ['participations/programme_parts.csv.gz', 'participations/programme_parts.csv'],
  programmes: ['participations/cordis-programmes.yml'],
  organizations: ['organizations/Stacked_by_activityType.csv'],
} as const;

async function locate(folder: string, candidates: readonly string[]): Promise<string> {
  for (const c of candidates) {
    const p = join(folder, c);
    try {
      await access(p);
      return p;
    } catch {
      // try the next candidate
    }
  }
  throw new CordisInputError({ file: join(folder, candidates[0] ?? ''), line: 1 }, `file not found (looked for ${candidates.join(' or ')} in ${folder})`);
}

/**
 * Streams a CSV file's records after the header: `onHeader` sees the header once, `onRecord`
 * every record with its line. Parser errors become CordisInputErrors with file and line.
 */
export async function streamCsv(
  file: string,
  delimiter: string,
  relaxQuotes: boolean,
  onHeader: (names: string[]) => void,
  onRecord: (fields: string[], line: number) => void,
): Promise<void> {
  const input = createReadStream(file);
  const parser = parse({ delimiter, bom: true, info: true, skip_empty_lines: true, relax_quotes: relaxQuotes });
  const source = file.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  input.on('error', (e) => parser.destroy(e));
  if (source !== input) source.on('error', (e: Error) => parser.destroy(new CordisInputError({ file, line: 1 }, `not a readable gzip file: ${e.message}`)));
  source.pipe(parser);
  let header = true;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (header) {
        onHeader(item.record);
        header = false;
      } else {
        onRecord(relaxQuotes ? item.record.map(unwrapLooseQuotes) : item.record, item.info.lines);
      }
    }
  } catch (e) {
    if (e instanceof CsvError) {
      const line = typeof e['lines'] === 'number' ? e['lines'] : 1;
      throw new CordisInputError({ file, line }, e.message);
    }
    throw e;
  } finally {
    // A converter error stops the loop early: release the file now, not at garbage collection.
    input.destroy();
  }
  if (header) throw new CordisInputError({ file, line: 1 }, 'the file is empty (no header)');
}

/** Reads one CSV file into records through a row converter. */
async function readRecords<T>(
  file: string,
  delimiter: string,
  relaxQuotes: boolean,
  columns: readonly string[],
  convert: (h: Header, fields: string[], line: number) => T | undefined,
): Promise<T[]> {
  const out: T[] = [];
  let h: Header | undefined;
  await streamCsv(
    file,
    delimiter,
    relaxQuotes,
    (names) => (h = new Header(file, names, columns)),
    (fields, line) => {
      const r = convert(h as Header, fields, line);
      if (r !== undefined) out.push(r);
    },
  );
  return out;
}

/** Reads the whole folder. */
export async function readCordisFolder(folder: string): Promise<CordisSource> {
  const [pFile, ppFile, yFile, oFile] = await Promise.all([
    locate(folder, CORDIS_FILES.participations),
    locate(folder, CORDIS_FILES.projectParts),
    locate(folder, CORDIS_FILES.programmes),
    locate(folder, CORDIS_FILES.organizations),
  ]);
  const programmes = parseProgrammesYml(await readFile(yFile, 'utf8'), yFile);
  const [participations, projectParts, organizations] = await Promise.all([
    readRecords(pFile, ',', false, PARTICIPATION_COLUMNS, participationFrom),
    readRecords(ppFile, ',', false, PROGRAMME_PART_COLUMNS, projectPartFrom),
    // The 2017 organisations file has ten names with unescaped inner quotes (see records.ts).
    readRecords<OrganizationInfo>(oFile, ';', true, ORGANIZATION_COLUMNS, organizationFrom),
  ]);
  return { files: { participations: pFile, projectParts: ppFile, programmes: yFile, organizations: oFile }, participations, projectParts, organizations, programmes };
}
