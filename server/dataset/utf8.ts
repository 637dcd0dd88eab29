/**
 * Strict UTF-8 decoding with the location of the first bad byte. TextDecoder (fatal) does the fast
 * check; only on failure do we walk the bytes ourselves to say where the problem is.
 */

const decoder = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM (ignoreBOM: false)

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; offset: number; byte: number };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, line, offset, byte: bytes[offset] ?? 0 };
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629: no overlongs, no surrogates). */
export function firstInvalidUtf8Offset(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // truncated sequence at the end of the input
    const second = b[i + 1] ?? -1;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const cont = b[i + k] ?? -1;
      if (cont < 0x80 || cont > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}
