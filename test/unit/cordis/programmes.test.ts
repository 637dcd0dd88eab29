/** cordis-programmes.yml, programme names, and the small parsing helpers. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { countryName, isoCountry, parseProgrammesYml, programmeName } from '../../../server/cordis/index.ts';
import { unwrapLooseQuotes } from '../../../server/cordis/records.ts';

describe('parseProgrammesYml', () => {
  it('reads keys and their codes in file order, quoted or not, with trailing spaces', () => {
    const text = 'ERC:\n- "H2020-EU.1.1."\n"Innovation in SMEs":\n- "H2020-EU.2.3." \n# comment\n\nSC4:\n- "H2020-EU.3.4."\n';
    expect(parseProgrammesYml(text, 'p.yml')).toEqual([
      { key: 'ERC', code: 'H2020-EU.1.1.' },
      { key: 'Innovation in SMEs', code: 'H2020-EU.2.3.' },
      { key: 'SC4', code: 'H2020-EU.3.4.' },
    ]);
  });

  it('names the line of anything else', () => {
    expect(() => parseProgrammesYml('ERC:\n- "H2020-EU.1.1."\nSC4: [x]\n', 'p.yml')).toThrow(/p\.yml:3: expected 'KEY:'/);
    expect(() => parseProgrammesYml('ERC:\nSC4:\n- "x"\n', 'p.yml')).toThrow(/p\.yml:2: programme part "ERC" has no code/);
    expect(() => parseProgrammesYml('ERC:\n- "a"\nERC:\n- "b"\n', 'p.yml')).toThrow(/p\.yml:3: programme part "ERC" is listed twice/);
  });

  it('parses the repository copy of the real file', async () => {
    const file = new URL('../../../data/cordis-h2020/participations/cordis-programmes.yml', import.meta.url);
    const parts = parseProgrammesYml(await readFile(file, 'utf8'), 'cordis-programmes.yml');
    expect(parts).toHaveLength(19);
    expect(parts.map(programmeName)).toContain('SC1 Health, demographic change and well-being');
  });
});

describe('programmeName', () => {
  it('prefixes the key unless the title carries it; falls back to the key', () => {
    expect(programmeName({ key: 'SC4', code: 'H2020-EU.3.4.' })).toBe('SC4 Smart, green and integrated transport');
    expect(programmeName({ key: 'ERC', code: 'H2020-EU.1.1.' })).toBe('European Research Council (ERC)');
    expect(programmeName({ key: 'Innovation in SMEs', code: 'H2020-EU.2.3.' })).toBe('Innovation in SMEs');
    expect(programmeName({ key: 'NEW', code: 'H2020-EU.9.' })).toBe('NEW');
  });
});

describe('countries', () => {
  it('translates the two CORDIS codes that differ from ISO 3166-1 and names countries in English', () => {
    expect(['EL', 'UK', 'PT', 'na'].map(isoCountry)).toEqual(['GR', 'GB', 'PT', 'NA']);
    expect(['GR', 'GB', 'XK', 'NA'].map(countryName)).toEqual(['Greece', 'United Kingdom', 'Kosovo', 'Namibia']);
  });
});

describe('unwrapLooseQuotes', () => {
  it('removes the outer quotes relax_quotes leaves on a field with unescaped inner quotes', () => {
    expect(unwrapLooseQuotes('"ASSOCIATION "NCSA""')).toBe('ASSOCIATION "NCSA"');
    expect(unwrapLooseQuotes('PLAIN "X" NAME')).toBe('PLAIN "X" NAME');
    expect(unwrapLooseQuotes('"')).toBe('"');
  });
});
