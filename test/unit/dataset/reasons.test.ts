/**
 * Every DatasetIssueReason: a bad bundle (the good fixture with one edit) is rejected with the
 * right file, line, column and reason — and nothing else, so one problem is reported once.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset, parseJsonDataset } from '../../../server/dataset/index.ts';
import { MAX_ISSUES } from '../../../server/dataset/issues.ts';
import { appendLine, goodText, issue, issuesOf, replaceLine, withFiles, type IssueWhere } from './support.ts';

const ORG_COLS = ['name', 'id', 'kind', 'regionId', 'employees', 'revenue', 'exportShare', 'foundedYear', 'foreignOwned', 'csr', 'lat', 'lon', 'x_website'];
const REL_COLS = ['sourceId', 'targetId', 'type', 'kind', 'weight', 'value', 'product', 'program', 'since', 'until', 'x_source'];
const row = (cols: string[], v: Record<string, string>): string => cols.map((c) => v[c] ?? '').join(',');
const org = (v: Record<string, string>): string => row(ORG_COLS, { name: 'New Org', id: 'new', kind: 'ENTERPRISE', ...v });
const rel = (v: Record<string, string>): string => row(REL_COLS, { sourceId: 'raw', targetId: 'ulyon', type: 'SUPPLIES', ...v });

/** The good bundle with one line added to organizations.csv (it lands on line 8: line 5–6 is a two-line record). */
const addOrg = (v: Record<string, string>): Map<string, Buffer> => withFiles({ 'organizations.csv': appendLine('organizations.csv', org(v)) });
/** … or to relationships.csv (line 8). */
const addRel = (v: Record<string, string>): Map<string, Buffer> => withFiles({ 'relationships.csv': appendLine('relationships.csv', rel(v)) });

const O = 'organizations.csv';
const R = 'relationships.csv';

const cases: [string, () => Map<string, Buffer>, IssueWhere[]][] = [
  // files and columns
  ['MISSING_FILE: organizations.csv absent', () => withFiles({ [O]: null }), [issue(O, 1, undefined, 'MISSING_FILE')]],
  [
    'MISSING_COLUMN: required column absent from the header (reported once, not per row)',
    () => withFiles({ 'alliances.csv': 'id,kind,founded\ngreen,x,2018\n' }),
    [issue('alliances.csv', 1, 'name', 'MISSING_COLUMN')],
  ],
  [
    'MISSING_COLUMN: the id column of a referenced file (no echo of unknown references)',
    () => withFiles({ 'regions.csv': 'name,country\nFrance,FR\n' }),
    [issue('regions.csv', 1, 'id', 'MISSING_COLUMN')],
  ],
  ['MISSING_COLUMN: empty file', () => withFiles({ 'alliances.csv': '' }), [issue('alliances.csv', 1, 'id', 'MISSING_COLUMN'), issue('alliances.csv', 1, 'name', 'MISSING_COLUMN')]],
  [
    'UNKNOWN_COLUMN: a typo in the header',
    () => withFiles({ 'alliances.csv': 'id,name,kind,fonded\ngreen,G,x,2018\n' }),
    [issue('alliances.csv', 1, 'fonded', 'UNKNOWN_COLUMN')],
  ],
  ['UNKNOWN_COLUMN: an unknown .csv file (typo in a file name)', () => withFiles({ 'relationship.csv': 'a\n1\n' }), [issue('relationship.csv', 1, undefined, 'UNKNOWN_COLUMN')]],
  // CSV syntax and encoding
  // (Not at the end of the file, which is where csv-parse reports it: that is no help in a long file.)
  ['MALFORMED_CSV: unclosed quote, at the line where the record starts', () => withFiles({ [O]: replaceLine(O, 7, '"Regional Fund,fund,FINANCIAL,FR,40,,,,,,,,') + 'x,y,SUPPORT,,,,,,,,,,\n' }), [issue(O, 7, undefined, 'MALFORMED_CSV')]],
  // An unclosed quote pairs with the next quote in the file; the error shows where that goes wrong.
  ['MALFORMED_CSV: unclosed quote before another quoted field', () => withFiles({ [O]: replaceLine(O, 3, '"Raw Basics,raw,SUPPLIER,FRK,120,,,1990,,,,,') }), [issue(O, 5, undefined, 'MALFORMED_CSV')]],
  ['MALFORMED_CSV: wrong field count', () => withFiles({ [R]: replaceLine(R, 4, 'chem1,ulyon,COLLABORATES_WITH,TRAINING,1') }), [issue(R, 4, undefined, 'MALFORMED_CSV')]],
  ['MALFORMED_CSV: text after a closing quote', () => withFiles({ [O]: replaceLine(O, 4, '"Université" de Lyon,ulyon,UNIVERSITY,FRK,9000,,,1896,,,,,') }), [issue(O, 4, undefined, 'MALFORMED_CSV')]],
  ['MALFORMED_CSV: a quote inside an unquoted field', () => withFiles({ [O]: replaceLine(O, 4, 'Univ "de" Lyon,ulyon,UNIVERSITY,FRK,9000,,,1896,,,,,') }), [issue(O, 4, undefined, 'MALFORMED_CSV')]],
  ['MALFORMED_CSV: a column twice in the header', () => withFiles({ 'alliances.csv': 'id,name,name\ngreen,G,G\n' }), [issue('alliances.csv', 1, 'name', 'MALFORMED_CSV')]],
  [
    'BAD_ENCODING: Latin-1 byte, at its line',
    () => withFiles({ [O]: Buffer.concat([Buffer.from(goodText(O).split('\n').slice(0, 3).join('\n') + '\nSoci'), Buffer.from([0xe9]), Buffer.from('t\u00e9,x,ENTERPRISE,,,,,,,,,,\n')]) }),
    [issue(O, 4, undefined, 'BAD_ENCODING')],
  ],
  // values
  ['REQUIRED: empty name', () => addOrg({ name: '' }), [issue(O, 8, 'name', 'REQUIRED')]],
  ['REQUIRED: blank (spaces only) kind', () => addOrg({ kind: '  ' }), [issue(O, 8, 'kind', 'REQUIRED')]],
  ['DUPLICATE_ID: organisation id', () => addOrg({ id: 'raw' }), [issue(O, 8, 'id', 'DUPLICATE_ID')]],
  ['DUPLICATE_ID: id with surrounding spaces is the same id', () => addOrg({ id: ' raw ' }), [issue(O, 8, 'id', 'DUPLICATE_ID')]],
  ['DUPLICATE_ID: membership (organizationId, clusterId)', () => withFiles({ 'memberships.csv': appendLine('memberships.csv', 'ulyon,med,CORE,,') }), [issue('memberships.csv', 7, undefined, 'DUPLICATE_ID')]],
  ['DUPLICATE_ID: relationship (sourceId, targetId, type, kind)', () => addRel({ sourceId: 'raw', targetId: 'chem1', type: 'SUPPLIES', value: '5' }), [issue(R, 8, undefined, 'DUPLICATE_ID')]],
  ['DUPLICATE_ID: COLLABORATES_WITH B–A after A–B, same kind', () => addRel({ sourceId: 'chem1', targetId: 'ulyon', type: 'COLLABORATES_WITH', kind: 'RND' }), [issue(R, 8, undefined, 'DUPLICATE_ID')]],
  ['DUPLICATE_ID: alliance member', () => withFiles({ 'alliance_members.csv': appendLine('alliance_members.csv', 'green,bio,2020') }), [issue('alliance_members.csv', 5, undefined, 'DUPLICATE_ID')]],
  ['UNKNOWN_REFERENCE: regionId', () => addOrg({ regionId: 'DE1' }), [issue(O, 8, 'regionId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: parentId', () => withFiles({ 'regions.csv': appendLine('regions.csv', 'X1,X,FR,NUTS1,ZZ,,,,,') }), [issue('regions.csv', 4, 'parentId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: cluster regionId', () => withFiles({ 'clusters.csv': goodText('clusters.csv') + 'x,X,NOPE,,,\r\n' }), [issue('clusters.csv', 5, 'regionId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: membership clusterId', () => withFiles({ 'memberships.csv': appendLine('memberships.csv', 'raw,nope,,,') }), [issue('memberships.csv', 7, 'clusterId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: membership organizationId', () => withFiles({ 'memberships.csv': appendLine('memberships.csv', 'nope,mat,,,') }), [issue('memberships.csv', 7, 'organizationId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: relationship sourceId', () => addRel({ sourceId: 'ghost' }), [issue(R, 8, 'sourceId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: SUPPORTS must target a cluster', () => addRel({ sourceId: 'fund', targetId: 'chem1', type: 'SUPPORTS' }), [issue(R, 8, 'targetId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: SUPPLIES must target an organisation', () => addRel({ targetId: 'mat' }), [issue(R, 8, 'targetId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: allianceId', () => withFiles({ 'alliance_members.csv': appendLine('alliance_members.csv', 'blue,bio,') }), [issue('alliance_members.csv', 5, 'allianceId', 'UNKNOWN_REFERENCE')]],
  ['UNKNOWN_REFERENCE: memberId', () => withFiles({ 'alliance_members.csv': appendLine('alliance_members.csv', 'green,nobody,') }), [issue('alliance_members.csv', 5, 'memberId', 'UNKNOWN_REFERENCE')]],
  [
    'UNKNOWN_REFERENCE: memberId that is both a cluster and an organisation (ambiguous)',
    () => withFiles({ [O]: appendLine(O, org({ id: 'mat' })) }),
    [issue('alliance_members.csv', 2, 'memberId', 'UNKNOWN_REFERENCE')],
  ],
  ['BAD_ENUM: organisation kind', () => addOrg({ kind: 'COMPANY' }), [issue(O, 8, 'kind', 'BAD_ENUM')]],
  ['BAD_ENUM: membership role', () => withFiles({ 'memberships.csv': appendLine('memberships.csv', 'raw,med,MEMBER,,') }), [issue('memberships.csv', 7, 'role', 'BAD_ENUM')]],
  ['BAD_ENUM: relationship type', () => addRel({ type: 'BUYS_FROM' }), [issue(R, 8, 'type', 'BAD_ENUM')]],
  ['BAD_ENUM: COLLABORATES_WITH kind', () => addRel({ type: 'COLLABORATES_WITH', kind: 'FRIENDSHIP' }), [issue(R, 8, 'kind', 'BAD_ENUM')]],
  ['BAD_ENUM: country code', () => withFiles({ 'regions.csv': replaceLine('regions.csv', 2, 'FR,France,FRA,country,,,,68000000,40000,0.073') }), [issue('regions.csv', 2, 'country', 'BAD_ENUM')]],
  ['BAD_NUMBER: words', () => addOrg({ employees: 'many' }), [issue(O, 8, 'employees', 'BAD_NUMBER')]],
  ['BAD_NUMBER: decimal comma', () => addOrg({ exportShare: '"0,5"' }), [issue(O, 8, 'exportShare', 'BAD_NUMBER')]],
  ['BAD_NUMBER: hex', () => addOrg({ revenue: '0x10' }), [issue(O, 8, 'revenue', 'BAD_NUMBER')]],
  ['BAD_NUMBER: year', () => addOrg({ foundedYear: 'MCMXC' }), [issue(O, 8, 'foundedYear', 'BAD_NUMBER')]],
  ['OUT_OF_RANGE: year before 1800', () => addOrg({ foundedYear: '1700' }), [issue(O, 8, 'foundedYear', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: fractional year', () => addOrg({ foundedYear: '1990.5' }), [issue(O, 8, 'foundedYear', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: share above 1', () => addOrg({ exportShare: '1.2' }), [issue(O, 8, 'exportShare', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: negative count', () => addOrg({ employees: '-1' }), [issue(O, 8, 'employees', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: latitude', () => addOrg({ lat: '91' }), [issue(O, 8, 'lat', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: longitude', () => addOrg({ lon: '-180.5' }), [issue(O, 8, 'lon', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: weight 0', () => addRel({ weight: '0' }), [issue(R, 8, 'weight', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: negative value', () => addRel({ value: '-5' }), [issue(R, 8, 'value', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: unemploymentRate', () => withFiles({ 'regions.csv': replaceLine('regions.csv', 2, 'FR,France,FR,country,,,,68000000,40000,7.3') }), [issue('regions.csv', 2, 'unemploymentRate', 'OUT_OF_RANGE')]],
  ['OUT_OF_RANGE: a relationship to itself', () => addRel({ sourceId: 'bio', targetId: 'bio', type: 'COLLABORATES_WITH', kind: 'RND' }), [issue(R, 8, 'targetId', 'OUT_OF_RANGE')]],
  [
    'OUT_OF_RANGE: a region that is its own ancestor',
    () => withFiles({ 'regions.csv': replaceLine('regions.csv', 2, 'FR,France,FR,country,FRK,,,68000000,40000,0.073') }),
    [issue('regions.csv', 2, 'parentId', 'OUT_OF_RANGE'), issue('regions.csv', 3, 'parentId', 'OUT_OF_RANGE')],
  ],
  ['BAD_BOOLEAN: yes', () => addOrg({ csr: 'yes' }), [issue(O, 8, 'csr', 'BAD_BOOLEAN')]],
  ['BAD_BOOLEAN: 1', () => addOrg({ foreignOwned: '1' }), [issue(O, 8, 'foreignOwned', 'BAD_BOOLEAN')]],
  ['BAD_YEAR_ORDER: membership', () => withFiles({ 'memberships.csv': appendLine('memberships.csv', 'raw,med,,2010,2009') }), [issue('memberships.csv', 7, 'until', 'BAD_YEAR_ORDER')]],
  ['BAD_YEAR_ORDER: relationship', () => addRel({ since: '2020', until: '2019' }), [issue(R, 8, 'until', 'BAD_YEAR_ORDER')]],
];

describe('a bad CSV bundle is rejected with file, line, column and reason', () => {
  it.each(cases)('%s', (_name, files, expected) => {
    expect(issuesOf(() => parseDataset(files()))).toEqual(expected);
  });
});

describe('line numbers', () => {
  it('count physical lines through quoted multi-line fields (LF)', () => {
    // organizations.csv line 5–6 is one record (a quoted newline); fund is on line 7.
    const files = withFiles({ [O]: goodText(O).replace('fund,FINANCIAL', 'fund,BANK') });
    expect(issuesOf(() => parseDataset(files))).toEqual([issue(O, 7, 'kind', 'BAD_ENUM')]);
  });

  it('count physical lines through quoted multi-line fields (CRLF) and skip blank lines', () => {
    // clusters.csv is CRLF with a two-line record on lines 3–4; then a blank line 5.
    const files = withFiles({ 'clusters.csv': goodText('clusters.csv') + '\r\nx,X,FRK,,,1500\r\n' });
    expect(issuesOf(() => parseDataset(files))).toEqual([issue('clusters.csv', 6, 'founded', 'OUT_OF_RANGE')]);
  });
});

describe('all problems are collected', () => {
  it('reports every problem of every file, in file then line order', () => {
    const files = withFiles({
      'regions.csv': replaceLine('regions.csv', 3, 'FRK,Auvergne-Rhône-Alpes,fr,NUTS1,FR,95,4.5,8100000,36000,0.062'),
      [O]: appendLine(O, org({ kind: 'X', csr: 'maybe', employees: '-3' })),
      [R]: appendLine(R, rel({ targetId: 'ghost', since: '1600' })),
    });
    expect(issuesOf(() => parseDataset(files))).toEqual([
      issue('regions.csv', 3, 'lat', 'OUT_OF_RANGE'),
      issue(O, 8, 'kind', 'BAD_ENUM'),
      issue(O, 8, 'employees', 'OUT_OF_RANGE'),
      issue(O, 8, 'csr', 'BAD_BOOLEAN'),
      issue(R, 8, 'since', 'OUT_OF_RANGE'),
      issue(R, 8, 'targetId', 'UNKNOWN_REFERENCE'),
    ]);
  });

  it('finds duplicates among many relationships of one hub organisation', () => {
    const many = Array.from({ length: 60 }, (_, i) => `chem1,h${i},SUPPLIES,,,,,,,,`);
    const orgs = Array.from({ length: 60 }, (_, i) => org({ id: `h${i}` }));
    const files = withFiles({
      [O]: appendLine(O, orgs.join('\n')),
      [R]: appendLine(R, [...many, 'chem1,h3,SUPPLIES,,2,,,,,,', 'chem1,h59,SUPPLIES,,,,,,,,', 'chem1,h3,SUPPLIES,other kind,,,,,,,'].join('\n')),
    });
    expect(issuesOf(() => parseDataset(files))).toEqual([issue(R, 68, undefined, 'DUPLICATE_ID'), issue(R, 69, undefined, 'DUPLICATE_ID')]);
  });

  it(`stops at ${MAX_ISSUES} issues`, () => {
    const bad = Array.from({ length: MAX_ISSUES + 500 }, (_, i) => org({ id: `b${i}`, kind: 'NOPE' })).join('\n');
    const issues = issuesOf(() => parseDataset(withFiles({ [O]: appendLine(O, bad) })));
    expect(issues).toHaveLength(MAX_ISSUES);
  });
});

describe('a bad JSON bundle', () => {
  const good = (): Record<string, Record<string, unknown>[]> => JSON.parse(goodText('../good.json')) as Record<string, Record<string, unknown>[]>;
  const json = (edit: (b: Record<string, Record<string, unknown>[]>) => void): string => {
    const b = good();
    edit(b);
    return JSON.stringify(b, null, 2);
  };
  const F = 'bundle.json';

  it('names the JSON file, line = index in the array + 1, and the array in the message', () => {
    const text = json((b) => {
      (b['organizations'] as Record<string, unknown>[])[2] = { id: 'ulyon', name: 'U', kind: 'UNIVERSITY', employees: -1 };
    });
    let message = '';
    try {
      parseJsonDataset(text);
    } catch (e) {
      message = (e as { issues: { message: string }[] }).issues[0]?.message ?? '';
    }
    expect(issuesOf(() => parseJsonDataset(text))).toEqual([issue(F, 4, 'employees', 'OUT_OF_RANGE')]);
    expect(message).toContain('organizations[2]');
  });

  it.each([
    ['MALFORMED_JSON: not JSON, at the line of the error', () => '{\n  "organizations": [\n    {"id": "a",}\n  ]\n}', [issue(F, 3, undefined, 'MALFORMED_JSON')]],
    ['MALFORMED_JSON: not an object of arrays', () => '[1, 2]', [issue(F, 1, undefined, 'MALFORMED_JSON')]],
    ['MALFORMED_JSON: a record that is not an object', () => json((b) => (b['alliances'] as unknown[]).push('green')), [issue(F, 3, undefined, 'MALFORMED_JSON')]],
    ['MALFORMED_JSON: a nested value', () => json((b) => ((b['alliances'] as Record<string, unknown>[])[0]!['kind'] = { a: 1 })), [issue(F, 2, 'kind', 'MALFORMED_JSON')]],
    ['MISSING_FILE: no organizations array', () => json((b) => delete b['organizations']), [issue(F, 1, undefined, 'MISSING_FILE')]],
    ['UNKNOWN_COLUMN: unknown array', () => json((b) => (b['organisations'] = [])), [issue(F, 1, 'organisations', 'UNKNOWN_COLUMN')]],
    [
      'UNKNOWN_COLUMN: unknown key, reported once per array',
      () => json((b) => (b['alliance_members'] as Record<string, unknown>[]).forEach((m) => (m['year'] = 2019))),
      [issue(F, 2, 'year', 'UNKNOWN_COLUMN')],
    ],
    ['REQUIRED: null name', () => json((b) => ((b['alliances'] as Record<string, unknown>[])[0]!['name'] = null)), [issue(F, 2, 'name', 'REQUIRED')]],
    ['BAD_BOOLEAN: a number', () => json((b) => ((b['organizations'] as Record<string, unknown>[])[0]!['csr'] = 1)), [issue(F, 2, 'csr', 'BAD_BOOLEAN')]],
    [
      'DUPLICATE_ID: COLLABORATES_WITH reversed',
      () => json((b) => (b['relationships'] as Record<string, unknown>[]).push({ sourceId: 'ulyon', targetId: 'bio', type: 'COLLABORATES_WITH', kind: 'RND' })),
      [issue(F, 8, undefined, 'DUPLICATE_ID')],
    ],
    [
      'UNKNOWN_REFERENCE: memberId',
      () => json((b) => (b['alliance_members'] as Record<string, unknown>[]).push({ allianceId: 'green', memberId: 42 })),
      [issue(F, 5, 'memberId', 'UNKNOWN_REFERENCE')],
    ],
  ] as [string, () => string, IssueWhere[]][])('%s', (_name, text, expected) => {
    expect(issuesOf(() => parseJsonDataset(text()))).toEqual(expected);
  });

  it('BAD_ENCODING in a JSON file given as bytes', () => {
    const bytes = Buffer.concat([Buffer.from('{\n "organizations": [\n  {"id": "a", "name": "Caf'), Buffer.from([0xe9]), Buffer.from('", "kind": "SUPPORT"}\n ]\n}')]);
    expect(issuesOf(() => parseJsonDataset(bytes))).toEqual([issue(F, 3, undefined, 'BAD_ENCODING')]);
  });
});
