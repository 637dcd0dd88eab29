/**
 * Owns one Cytoscape instance bound to a container: creates it, destroys it, and recreates it
 * when the renderer choice changes (WebGL is an init option). Large-graph settings are always on:
 * a texture while panning, edges hidden while the viewport moves.
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useState, type RefObject } from 'react';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export interface CytoscapeSetup {
  style: StylesheetJson;
  webgl: boolean;
  /** Large graphs: texture and hidden edges while panning and zooming. */
  large: boolean;
  minZoom?: number;
  maxZoom?: number;
}

export function useCytoscape(container: RefObject<HTMLDivElement | null>, setup: CytoscapeSetup): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const { webgl, large } = setup;
  useEffect(() => {
    const el = container.current;
    if (el === null) return undefined;
    register();
    const instance = cytoscape({
      container: el,
      style: setup.style,
      minZoom: setup.minZoom ?? 0.05,
      maxZoom: setup.maxZoom ?? 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      // Cytoscape ≥ 3.31: the WebGL renderer draws nodes and edges on the GPU.
      webgl,
      ...(webgl ? { webglTexSize: 4096, webglBatchSize: 4096 } : {}),
    });
    setCy(instance);
    return () => {
      setCy(null);
      instance.destroy();
    };
    // The stylesheet is fixed per view; only the renderer choice recreates the instance.
  }, [container, webgl, large]);
  return cy;
}
