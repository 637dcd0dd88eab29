/**
 * Writes the bundle as CSV per docs/dataset-format.md: header row, comma separator, RFC 4180
 * quoting (csv-stringify), empty cell for a missing value, booleans as true/false. Columns are
 * listed explicitly so that the files are stable and every column of the format is present.
 */
import { stringify } from 'csv-stringify/sync';
import type { DatasetFile, Extras } from '../../server/model/types.ts';

export const COLUMNS: Readonly<Record<DatasetFile, readonly string[]>> = {
  regions: ['id', 'name', 'country', 'level', 'parentId', 'lat', 'lon', 'population', 'gdpPerCapita', 'unemploymentRate', 'x_neighbours'],
  clusters: ['id', 'name', 'regionId', 'sector', 'sectorName', 'founded'],
  organizations: [
    'id', 'name', 'kind', 'sector', 'regionId', 'lat', 'lon', 'employees', 'revenue', 'exportShare', 'rdIntensity', 'patents',
    'digitalMaturity', 'emissionsIntensity', 'renewableShare', 'foundedYear', 'foreignOwned', 'csr', 'x_employees2015',
  ],
  memberships: ['organizationId', 'clusterId', 'role', 'since', 'until'],
  relationships: ['sourceId', 'targetId', 'type', 'kind', 'weight', 'value', 'product', 'program', 'since', 'until'],
  alliances: ['id', 'name', 'kind', 'founded'],
  alliance_members: ['allianceId', 'memberId', 'since'],
};

type Cell = string | number | boolean | undefined | null;

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`non-finite number ${v}`);
    return String(v);
  }
  if (typeof v === 'string') return v;
  throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
}

/** A model row with its `extras` (x_ columns) spread out as columns. */
export function flatten<T extends { extras?: Extras }>(row: T): Record<string, Cell> {
  const { extras, ...rest } = row;
  return { ...(rest as Record<string, Cell>), ...(extras ?? {}) };
}

export function toCsv(file: DatasetFile, rows: readonly Record<string, Cell>[]): string {
  const columns = COLUMNS[file];
  for (const r of rows) {
    for (const k of Object.keys(r)) if (!columns.includes(k)) throw new Error(`${file}: column ${k} is not in the format`);
  }
  return stringify(
    rows.map((r) => columns.map((c) => cell(r[c]))),
    { header: true, columns: [...columns], record_delimiter: '\n' },
  );
}
