/**
 * The layouts the explorer offers and their options. fcose is the default force layout; it runs
 * in a worker (layout.worker.ts) so the page stays responsive and a run can be cancelled; the
 * others are cheap and run in the page.
 */
import type { LayoutOptions } from 'cytoscape';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid', 'circle'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export function isLayoutName(v: unknown): v is LayoutName {
  return typeof v === 'string' && (LAYOUTS as readonly string[]).includes(v);
}

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force (fCoSE)',
  concentric: 'Concentric by size',
  breadthfirst: 'Tree from selection',
  grid: 'Grid',
  circle: 'Circle',
};

export interface LayoutRequest {
  name: LayoutName;
  /** Keep current positions as the start (after an expansion) instead of starting over. */
  incremental: boolean;
  /** Roots for breadthfirst (selected or focused node ids). */
  roots: readonly string[];
  animate: boolean;
}

/** Options for layouts run in the page (everything but fcose). */
export function pageLayoutOptions(req: LayoutRequest): LayoutOptions {
  const common = { animate: req.animate, animationDuration: 400, fit: true, padding: 40 };
  switch (req.name) {
    case 'concentric':
      return { name: 'concentric', ...common, concentric: (n) => Number(n.data('size') ?? 0), levelWidth: () => 0.15, minNodeSpacing: 8, avoidOverlap: true };
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1, avoidOverlap: true, ...(req.roots.length > 0 ? { roots: req.roots.map((id) => `#${id.replace(/([^\w-])/g, '\\$1')}`).join(',') } : {}) };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, sort: (a, b) => Number(b.data('size') ?? 0) - Number(a.data('size') ?? 0) };
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true, sort: (a, b) => String(a.data('cluster')).localeCompare(String(b.data('cluster'))) };
    case 'fcose':
      return { name: 'fcose', ...common, randomize: !req.incremental, quality: 'default' } as LayoutOptions;
    default: {
      const never: never = req.name;
      throw new Error(`unknown layout ${String(never)}`);
    }
  }
}

/** What the worker needs to lay out a graph: ids, hierarchy, sizes, current positions, pins. */
export interface WorkerLayoutInput {
  nodes: { id: string; parent?: string; w: number; h: number; x: number; y: number; locked: boolean }[];
  edges: { id: string; source: string; target: string }[];
  incremental: boolean;
}

export type WorkerLayoutMessage =
  | { type: 'stage'; stage: string }
  | { type: 'done'; positions: Record<string, { x: number; y: number }>; ms: number }
  | { type: 'error'; message: string };
