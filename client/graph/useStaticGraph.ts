/**
 * For the smaller views (cluster map, member network): sync a list of elements into `cy` and lay
 * them out once per data change with the given layout.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect } from 'react';
import type { LayoutName } from './layouts.ts';
import { syncElements } from './syncElements.ts';
import type { useLayoutRunner } from './useLayoutRunner.ts';

const NO_PINS: ReadonlySet<string> = new Set();

export function useStaticGraph(cy: Core | null, elements: readonly ElementDefinition[], runner: ReturnType<typeof useLayoutRunner>, layout: LayoutName): void {
  useEffect(() => {
    if (cy === null) return;
    const { added, removed } = syncElements(cy, elements, NO_PINS);
    if (added.length > 0 || removed > 0) void runner.run({ name: layout, incremental: false, roots: [], animate: false });
    // runner.run is stable per cy
  }, [cy, elements, layout]);
}
