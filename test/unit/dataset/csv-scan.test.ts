/**
 * The CSV scanner against csv-parse (the reference implementation we replaced for speed): on random
 * inputs built from the characters that matter, both accept the same inputs and give the same
 * records; and our record line numbers are the physical start lines.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { scanCsv } from '../../../server/dataset/csv-scan.ts';

function ours(text: string): string[][] | 'error' {
  const out: string[][] = [];
  return scanCsv(text, (f) => out.push([...f])) === undefined ? out : 'error';
}

function reference(text: string): string[][] | 'error' {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n'] }) as string[][];
  } catch {
    return 'error';
  }
}

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('scanCsv', () => {
  it('agrees with csv-parse on random inputs', () => {
    const pieces = ['a', 'b', 'é', ',', '"', '""', '\n', '\r\n', ' ', 'x,y', '"q"', '"a,b"', '"l1\nl2"'];
    const next = rng(42);
    let errors = 0;
    for (let i = 0; i < 3000; i++) {
      let text = 'h1,h2\n';
      const n = 1 + Math.floor(next() * 12);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)];
      const expected = reference(text);
      if (expected === 'error') errors++;
      expect(ours(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(errors).toBeGreaterThan(100); // the generator does exercise malformed input
  });

  it('reports the physical line where each record starts', () => {
    const lines: number[] = [];
    scanCsv('h\n\n"a\nb"\nc\r\n"d\r\n\r\ne"\n\nf', (_f, line) => lines.push(line));
    expect(lines).toEqual([1, 3, 5, 6, 10]);
  });

  it('handles a file without a final newline, and a trailing empty field', () => {
    expect(ours('a,b\n1,')).toEqual([['a', 'b'], ['1', '']]);
    expect(ours('a,b\n"1",""')).toEqual([['a', 'b'], ['1', '']]);
  });
});
