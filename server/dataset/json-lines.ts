/**
 * Where each element of the top-level arrays of a JSON bundle starts (physical line), found by one
 * pass over the text. Issues carry the documented line (1-based index in the array + 1); this adds
 * the line an editor shows to the message. Run only when there are issues to report.
 */
export function jsonElementLines(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const len = text.length;
  let depth = 0;
  let line = 1;
  let expectKey = false;
  let key: string | undefined;
  let current: number[] | undefined; // lines of the array being walked (depth 2)
  let elementStart = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (depth === 2 && elementStart && current !== undefined && c !== 93 /* ] */) {
      current.push(line);
      elementStart = false;
    }
    if (c === 34) {
      // A string: skip it (it may hold brackets); at depth 1 in key position it names an array.
      let j = i + 1;
      while (j < len) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34) break;
        else j++;
      }
      if (depth === 1 && expectKey) {
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          key = undefined;
        }
        expectKey = false;
      }
      i = j;
      continue;
    }
    if (c === 123 || c === 91) {
      depth++;
      if (depth === 1) expectKey = true;
      if (depth === 2) {
        current = c === 91 && key !== undefined ? [] : undefined;
        if (current !== undefined && key !== undefined) out.set(key, current);
        elementStart = true;
      }
      continue;
    }
    if (c === 125 || c === 93) {
      depth--;
      if (depth === 1) current = undefined;
      continue;
    }
    if (c === 44) {
      if (depth === 1) expectKey = true;
      else if (depth === 2) elementStart = true;
    }
  }
  return out;
}

/** Line of a character offset (for JSON.parse errors that give a position). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  let i = text.indexOf('\n');
  while (i >= 0 && i < offset) {
    line++;
    i = text.indexOf('\n', i + 1);
  }
  return line;
}
