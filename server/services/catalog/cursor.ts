/**
 * Opaque keyset cursors: base64url of [sort signature, sort key, id]. The signature ties a cursor
 * to the sort it came from, so a cursor reused under another sort is rejected instead of silently
 * skipping rows. Keyset paging (WHERE key > cursor) stays fast on any page, unlike SKIP.
 */
import { BadUserInputError } from '../../errors.ts';

export type SortKey = string | number | null;

export interface KeysetPosition {
  key: SortKey;
  id: string;
}

export function encodeCursor(signature: string, key: SortKey, id: string): string {
  return Buffer.from(JSON.stringify([signature, key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(signature: string, cursor: string | null | undefined): KeysetPosition | null {
  if (cursor === null || cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError('`after` is not a cursor this API issued', { field: 'after' });
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw new BadUserInputError('`after` is not a cursor this API issued', { field: 'after' });
  const [sig, key, id] = parsed as unknown[];
  if (sig !== signature) throw new BadUserInputError('`after` belongs to another sort or list', { field: 'after' });
  if (typeof id !== 'string' || !(key === null || typeof key === 'string' || typeof key === 'number')) {
    throw new BadUserInputError('`after` is not a cursor this API issued', { field: 'after' });
  }
  return { key, id };
}

/** The cursor as Cypher parameters: `n` says whether the key is missing (missing keys sort last). */
export function keysetParam(pos: KeysetPosition | null): { n: number; k: SortKey; id: string } | null {
  return pos === null ? null : { n: pos.key === null ? 1 : 0, k: pos.key, id: pos.id };
}
