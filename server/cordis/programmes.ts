/**
 * Horizon 2020 programme parts: the key → code list of cordis-programmes.yml, and the official
 * titles of the codes (CORDIS "H2020 programmes" reference list), used as cluster sector names.
 */
import { CordisInputError } from './errors.ts';
import type { ProgrammePart } from './source.ts';

/** Titles of the Horizon 2020 programme codes as CORDIS names them. */
export const PROGRAMME_TITLES: Readonly<Record<string, string>> = {
  'H2020-EU.1.1.': 'European Research Council (ERC)',
  'H2020-EU.1.2.': 'Future and Emerging Technologies (FET)',
  'H2020-EU.1.3.': 'Marie Skłodowska-Curie Actions (MSCA)',
  'H2020-EU.1.4.': 'European research infrastructures (including e-Infrastructures)',
  'H2020-EU.2.1.': 'Leadership in enabling and industrial technologies (LEIT)',
  'H2020-EU.2.2.': 'Access to risk finance',
  'H2020-EU.2.3.': 'Innovation in SMEs',
  'H2020-EU.3.1.': 'Health, demographic change and well-being',
  'H2020-EU.3.2.': 'Food security, sustainable agriculture and forestry, marine and maritime research, bioeconomy',
  'H2020-EU.3.3.': 'Secure, clean and efficient energy',
  'H2020-EU.3.4.': 'Smart, green and integrated transport',
  'H2020-EU.3.5.': 'Climate action, environment, resource efficiency and raw materials',
  'H2020-EU.3.6.': 'Europe in a changing world: inclusive, innovative and reflective societies',
  'H2020-EU.3.7.': 'Secure societies: freedom and security of Europe and its citizens',
  'H2020-EU.4.': 'Spreading excellence and widening participation',
  'H2020-EU.5.': 'Science with and for society',
  'H2020-EU.6.': 'Non-nuclear direct actions of the Joint Research Centre (JRC)',
  'H2020-EU.7.': 'European Institute of Innovation and Technology (EIT)',
  'H2020-Euratom': 'Euratom research and training programme',
};

/** The part's display name: "SC4 Smart, green and integrated transport"; the key alone when the code is unknown. */
export function programmeName(part: ProgrammePart): string {
  const title = PROGRAMME_TITLES[part.code];
  if (title === undefined || title === part.key) return part.key;
  // ERC, FET, … already carry their key in the title.
  return title.includes(`(${part.key})`) ? title : `${part.key} ${title}`;
}

const KEY_LINE = /^("?)([^":#][^":]*)\1:\s*$/;
const ITEM_LINE = /^-\s*"([^"]+)"\s*$/;

/**
 * Parses cordis-programmes.yml. It is a flat YAML map of lists (`KEY:` then `- "CODE"` items);
 * a tiny parser for exactly that shape avoids a YAML dependency, and anything else is an error
 * naming the line. Each key takes its first code (every key has one).
 */
export function parseProgrammesYml(text: string, file: string): ProgrammePart[] {
  const parts: ProgrammePart[] = [];
  const seen = new Set<string>();
  let current: string | undefined;
  let hasCode = false;
  const lines = text.split(/\r?\n/);
  const close = (line: number): void => {
    if (current !== undefined && !hasCode) throw new CordisInputError({ file, line }, `programme part ${JSON.stringify(current)} has no code`);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\s+$/, '');
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const key = KEY_LINE.exec(raw);
    if (key !== null) {
      close(line);
      current = (key[2] ?? '').trim();
      if (seen.has(current)) throw new CordisInputError({ file, line }, `programme part ${JSON.stringify(current)} is listed twice`);
      seen.add(current);
      hasCode = false;
      continue;
    }
    const item = ITEM_LINE.exec(raw.trim());
    if (item !== null && current !== undefined) {
      if (!hasCode) parts.push({ key: current, code: item[1] ?? '' });
      hasCode = true;
      continue;
    }
    throw new CordisInputError({ file, line }, `expected 'KEY:' or '- "CODE"', got ${JSON.stringify(raw)}`);
  }
  close(lines.length);
  if (parts.length === 0) throw new CordisInputError({ file, line: 1 }, 'no programme parts');
  return parts;
}

/** A programme key as an id fragment: "Innovation in SMEs" → "Innovation-in-SMEs". */
export function programmeSlug(key: string): string {
  return key.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
