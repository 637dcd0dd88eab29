/**
 * Record identity keys. Parts are joined length-prefixed (`3:abc|2:xy`) so that no id content,
 * whatever characters it holds, can make two different tuples produce the same key.
 */
import type { Relationship } from '../model/types.ts';

export function compositeKey(parts: readonly (string | undefined)[]): string {
  let key = '';
  for (const p of parts) {
    const s = p ?? '';
    key += `${s.length}:${s}|`;
  }
  return key;
}

/**
 * The identity of a relationship: (sourceId, targetId, type, kind). COLLABORATES_WITH is
 * undirected, so its endpoints are taken in string order: A–B and B–A with the same kind give the
 * same key whichever orientation `rel` has. An absent kind and an empty kind are the same.
 */
export function relationshipKey(rel: Pick<Relationship, 'sourceId' | 'targetId' | 'type' | 'kind'>): string {
  let a = rel.sourceId;
  let b = rel.targetId;
  if (rel.type === 'COLLABORATES_WITH' && b < a) {
    a = rel.targetId;
    b = rel.sourceId;
  }
  return compositeKey([a, b, rel.type, rel.kind]);
}
