/**
 * Listeners on the explorer's `cy`: selection mirrored into UI state, double-click to expand
 * (or collapse/expand a cluster group). Registered once per instance and handler set, removed on change.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';

export interface GraphHandlers {
  onSelection(ids: string[]): void;
  onDoubleTap(id: string, isGroup: boolean): void;
}

export function useGraphEvents(cy: Core | null, handlers: GraphHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (cy === null) return undefined;
    let pending = false;
    // select/unselect fire once per element; report the whole selection once per frame.
    const onSelect = (): void => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        latest.current.onSelection(cy.$(':selected').map((e) => e.id()));
      });
    };
    const onDbl = (e: EventObject): void => {
      const t = e.target as { id(): string; data(k: string): unknown; isNode?: () => boolean };
      if (t.isNode?.() === true) latest.current.onDoubleTap(t.id(), t.data('isGroup') === true);
    };
    cy.on('select unselect', onSelect);
    cy.on('dbltap', 'node', onDbl);
    return () => {
      cy.off('select unselect', onSelect);
      cy.off('dbltap', 'node', onDbl);
    };
  }, [cy]);
}
