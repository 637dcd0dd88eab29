/**
 * Turns user text into a safe Lucene query for the `names` full-text index. Every Lucene special
 * character is escaped, so user text can never be query syntax; each word must match, either as
 * a whole term (boosted, so exact words rank first) or as a prefix ("tes" finds "Tesen").
 */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(word: string): string {
  return word.replace(SPECIAL, (c) => `\\${c}`);
}

/** null when the text holds no word. */
export function luceneQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .filter((w) => w !== '')
    // AND/OR/NOT are operators only in capitals; the index lower-cases anyway.
    .map((w) => escapeLucene(w.toLowerCase()));
  if (words.length === 0) return null;
  return words.map((w) => `(${w}^3 OR ${w}*)`).join(' AND ');
}
