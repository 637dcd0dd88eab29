/**
 * Runs fcose on a headless Cytoscape in a worker: the page keeps painting and the user can
 * cancel (the page terminates the worker). Only positions go back.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { WorkerLayoutInput, WorkerLayoutMessage } from './layouts.ts';

cytoscape.use(fcose);

const post = (m: WorkerLayoutMessage): void => (self as unknown as { postMessage(m: WorkerLayoutMessage): void }).postMessage(m);

self.onmessage = (event: MessageEvent<WorkerLayoutInput>) => {
  const input = event.data;
  const started = performance.now();
  try {
    post({ type: 'stage', stage: 'preparing' });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node[w]', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: [
        ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h, ...(n.parent ? { parent: n.parent } : {}) }, position: { x: n.x, y: n.y } })),
        ...input.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
      ],
    });
    const fixed = input.nodes.filter((n) => n.locked).map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
    post({ type: 'stage', stage: `computing (${input.nodes.length} nodes, ${input.edges.length} edges)` });
    cy.layout({
      name: 'fcose',
      animate: false,
      fit: false,
      randomize: !input.incremental,
      quality: input.nodes.length > 3000 ? 'draft' : 'default',
      // Few nodes (the cluster map) are big: give them room.
      nodeRepulsion: input.nodes.length < 60 ? 60000 : 9000,
      idealEdgeLength: input.nodes.length < 60 ? 220 : 90,
      nodeSeparation: 75,
      numIter: input.nodes.length > 2000 ? 1200 : 2500,
      ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
    } as cytoscape.LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      if (!n.isParent()) positions[n.id()] = { ...n.position() };
    });
    post({ type: 'done', positions, ms: performance.now() - started });
    cy.destroy();
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
