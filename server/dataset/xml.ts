/** XML text escaping for the graph exports. */

// eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold C0 controls: finding them is the point.
const SPECIAL = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const SPECIAL_G = new RegExp(SPECIAL.source, 'g');

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Escaped so that attribute values keep them (a parser turns literal ones into spaces).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for element content and attribute values alike. Characters XML 1.0 cannot hold at
 * all (C0 controls, U+FFFE/U+FFFF, unpaired surrogates) become U+FFFD rather than making the
 * whole file unreadable; properly paired surrogates (emoji etc.) are kept.
 */
export function escapeXml(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(SPECIAL_G, (ch, offset: number, whole: string) => {
    const e = ENTITY[ch];
    if (e !== undefined) return e;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = whole.charCodeAt(offset + 1);
      return next >= 0xdc00 && next <= 0xdfff ? ch : '\uFFFD';
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      const prev = whole.charCodeAt(offset - 1);
      return prev >= 0xd800 && prev <= 0xdbff ? ch : '\uFFFD';
    }
    return '\uFFFD';
  });
}
