import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../server/errors.ts';
import { decodeCursor, encodeCursor, keysetParam } from '../../../server/services/catalog/cursor.ts';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('keyset cursors', () => {
  it('round-trip a sort key and id, numbers, strings and missing keys alike', () => {
    for (const key of [1200, 'Tesen Motorworks AG', null]) {
      const c = encodeCursor('organizations:NAME:ASC', key, 'org-1');
      expect(decodeCursor('organizations:NAME:ASC', c)).toEqual({ key, id: 'org-1' });
    }
  });

  it('marks missing keys so that they sort last', () => {
    expect(keysetParam({ key: null, id: 'x' })).toEqual({ n: 1, k: null, id: 'x' });
    expect(keysetParam({ key: 5, id: 'x' })).toEqual({ n: 0, k: 5, id: 'x' });
  });

  it('rejects a cursor of another sort and garbage with BAD_USER_INPUT', () => {
    const c = encodeCursor('organizations:NAME:ASC', 'a', 'b');
    expect(codeOf(() => decodeCursor('organizations:REVENUE:ASC', c))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(() => decodeCursor('organizations:NAME:ASC', 'not a cursor'))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(codeOf(() => decodeCursor('x', Buffer.from('["x", {}, "id"]').toString('base64url')))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
