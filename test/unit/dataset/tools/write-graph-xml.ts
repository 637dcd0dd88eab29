/**
 * Writes the GraphML and GEXF exports of a bundle for a by-hand check with networkx:
 *   npx tsx test/unit/dataset/tools/write-graph-xml.ts [bundle] [outDir]
 *   python3 test/unit/dataset/tools/check-graph-xml.py outDir/graph.graphml outDir/graph.gexf
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetCounts, readDataset, toGexf, toGraphML } from '../../../../server/dataset/index.ts';

const [bundle = 'data/demo', out = '/tmp'] = process.argv.slice(2);
const d = await readDataset(bundle);
await writeFile(join(out, 'graph.graphml'), toGraphML(d));
await writeFile(join(out, 'graph.gexf'), toGexf(d));
process.stdout.write(`${JSON.stringify(datasetCounts(d))}\nwrote ${join(out, 'graph.graphml')} and ${join(out, 'graph.gexf')}\n`);
