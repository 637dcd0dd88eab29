/**
 * Runs layouts on demand (never on every data change): fcose in a worker with its stage shown
 * and a Cancel that terminates it; the others in the page. Applies positions in one batch, or
 * animated for small graphs.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { pageLayoutOptions, type LayoutRequest, type WorkerLayoutInput, type WorkerLayoutMessage } from './layouts.ts';

export interface LayoutStatus {
  running: boolean;
  stage: string;
  startedAt: number;
  lastMs: number | null;
}

const IDLE: LayoutStatus = { running: false, stage: '', startedAt: 0, lastMs: null };
const ANIMATE_BELOW = 400;

function workerInput(cy: Core, incremental: boolean): WorkerLayoutInput {
  const nodes: WorkerLayoutInput['nodes'] = [];
  cy.nodes().forEach((n: NodeSingular) => {
    const parent = n.parent();
    const p = n.position();
    nodes.push({
      id: n.id(),
      ...(parent.nonempty() ? { parent: parent.first().id() } : {}),
      w: n.isParent() ? 10 : n.width(),
      h: n.isParent() ? 10 : n.height(),
      x: p.x,
      y: p.y,
      locked: n.locked(),
    });
  });
  const edges = cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  return { nodes, edges, incremental };
}

export function applyPositions(cy: Core, positions: Record<string, { x: number; y: number }>, animate: boolean): void {
  if (animate) {
    cy.layout({ name: 'preset', positions, animate: true, animationDuration: 450, fit: true, padding: 40 }).run();
    return;
  }
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions[n.id()];
      if (p !== undefined && !n.isParent()) n.position(p);
    });
  });
  cy.fit(undefined, 40);
}

export function useLayoutRunner(cy: Core | null): { status: LayoutStatus; run(req: LayoutRequest): Promise<void>; cancel(): void } {
  const [status, setStatus] = useState<LayoutStatus>(IDLE);
  const worker = useRef<Worker | null>(null);
  const settle = useRef<(() => void) | null>(null);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    settle.current?.();
    settle.current = null;
    setStatus((s) => ({ ...s, running: false, stage: 'cancelled' }));
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(
    (req: LayoutRequest): Promise<void> => {
      if (cy === null || cy.nodes().empty()) return Promise.resolve();
      worker.current?.terminate();
      const startedAt = performance.now();
      const animate = req.animate && cy.nodes().length < ANIMATE_BELOW;
      if (req.name !== 'fcose') {
        setStatus({ running: true, stage: req.name, startedAt, lastMs: null });
        return new Promise((resolve) => {
          // Let the status paint before a synchronous layout occupies the thread.
          requestAnimationFrame(() => {
            const layout = cy.layout(pageLayoutOptions({ ...req, animate }));
            layout.one('layoutstop', () => {
              setStatus({ running: false, stage: 'done', startedAt, lastMs: performance.now() - startedAt });
              resolve();
            });
            layout.run();
          });
        });
      }
      setStatus({ running: true, stage: 'starting', startedAt, lastMs: null });
      return new Promise((resolve) => {
        const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
        worker.current = w;
        settle.current = resolve;
        w.onmessage = (event: MessageEvent<WorkerLayoutMessage>) => {
          const m = event.data;
          if (m.type === 'stage') setStatus((s) => ({ ...s, stage: m.stage }));
          else {
            w.terminate();
            worker.current = null;
            settle.current = null;
            if (m.type === 'done') applyPositions(cy, m.positions, animate);
            setStatus({ running: false, stage: m.type === 'done' ? 'done' : `failed: ${m.message}`, startedAt, lastMs: performance.now() - startedAt });
            resolve();
          }
        };
        w.onerror = (e) => {
          w.terminate();
          worker.current = null;
          setStatus({ running: false, stage: `failed: ${e.message}`, startedAt, lastMs: null });
          resolve();
        };
        w.postMessage(workerInput(cy, req.incremental));
      });
    },
    [cy],
  );
  return { status, run, cancel };
}
