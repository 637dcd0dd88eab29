import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery } from '../../../server/services/catalog/lucene.ts';

describe('luceneQuery', () => {
  it('makes every word a boosted term or a prefix, all required', () => {
    expect(luceneQuery('Tesen Motor')).toBe('(tesen^3 OR tesen*) AND (motor^3 OR motor*)');
  });

  it('escapes every Lucene special character, so user text is never syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('lower-cases operators so AND, OR and NOT are plain words', () => {
    expect(luceneQuery('NOT AND')).toBe('(not^3 OR not*) AND (and^3 OR and*)');
  });

  it('returns null for text without words', () => {
    expect(luceneQuery('  \t ')).toBeNull();
  });
});
