/**
 * The dataset layer: bundle files in, validated Dataset out, and the writers. Pure apart from
 * readDataset and the write* functions (filesystem). See docs/dataset-format.md.
 */
export { readDataset } from './read.ts';
export { parseDataset } from './parse.ts';
export { parseJsonDataset, DEFAULT_JSON_FILE_NAME } from './json-read.ts';
export { writeCsvBundle, toCsv } from './csv-write.ts';
export { writeJsonBundle, toJsonBundle } from './json-write.ts';
export { toGraphML } from './graphml.ts';
export { toGexf } from './gexf.ts';
export { relationshipKey } from './identity.ts';
export { datasetCounts, type DatasetCounts } from './counts.ts';
export { FILE_SPECS, type FileSpec, type ColumnSpec } from './columns.ts';
export { MAX_ISSUES } from './issues.ts';
