/**
 * Conversion of Neo4j values at the boundary (as neo4j/graphql's neo4j-serializers.ts does):
 * integers become JS numbers (the model's integers all fit in 2^53), temporal and spatial
 * values become strings, so nothing above the data layer sees a driver type.
 */
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNodeOrRelationship(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    if (hasToStringTemporal(value)) return value.toString();
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

function isNodeOrRelationship(v: unknown): v is { properties: Record<string, unknown> } {
  return neo4j.isNode(v as never) || neo4j.isRelationship(v as never);
}

function hasToStringTemporal(v: object): v is { toString(): string } {
  return (
    neo4j.isDate(v as never) ||
    neo4j.isDateTime(v as never) ||
    neo4j.isLocalDateTime(v as never) ||
    neo4j.isDuration(v as never) ||
    neo4j.isPoint(v as never)
  );
}

export function asRecordObject(value: Plain): { [key: string]: Plain } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
