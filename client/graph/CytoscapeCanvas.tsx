/**
 * The container Cytoscape draws into. It owns the instance through useCytoscape and hands it to
 * the parent; the view's hooks attach their listeners to it and remove them on change.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useCytoscape, type CytoscapeSetup } from './useCytoscape.ts';

export interface CytoscapeCanvasProps {
  setup: CytoscapeSetup;
  onCy(cy: Core | null): void;
  label: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  testId?: string;
}

export function CytoscapeCanvas({ setup, onCy, label, onKeyDown, testId }: CytoscapeCanvasProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const cy = useCytoscape(ref, setup);
  useEffect(() => {
    onCy(cy);
  }, [cy, onCy]);
  // Cytoscape needs to know when its container changes size (panels opening, window resizing).
  useEffect(() => {
    const el = ref.current;
    if (el === null || cy === null) return undefined;
    const ro = new ResizeObserver(() => cy.resize());
    ro.observe(el);
    return () => ro.disconnect();
  }, [cy]);
  return <div ref={ref} className="canvas" role="application" aria-label={label} tabIndex={0} onKeyDown={onKeyDown} data-testid={testId} />;
}
