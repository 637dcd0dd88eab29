/** Prints the whole SDL (all server/schema files merged) to schema.graphql, the committed API contract. */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { makeSchema } from '../server/graphql/apollo.ts';

writeFileSync('schema.graphql', `${printSchema(makeSchema())}\n`);
