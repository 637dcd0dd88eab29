import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { makeSchema } from '../../../server/graphql/apollo.ts';

const schema = makeSchema();

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run `npm run codegen` after changing server/schema)', () => {
    expect(`${printSchema(schema)}\n`).toBe(readFileSync('schema.graphql', 'utf8'));
  });

  it('describes every type, field and argument', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field) {
            for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) || isUnionType(type)) continue;
    }
    expect(missing).toEqual([]);
  });
});
