/**
 * Export and share the current view: PNG (cy.png), SVG (our exporter), GraphML and JSON of what
 * is drawn, and a link that restores the whole view including node positions.
 */
import type { Core } from 'cytoscape';
import { useState, type ReactNode } from 'react';
import { cyToSvg } from '../../graph/svg-export.ts';
import { downloadBlob, downloadText } from '../export/download.ts';
import { toGraphML, toViewJson, type ViewEdge, type ViewNode } from '../export/graphml.ts';
import { hrefOf } from '../hooks/useHashRoute.ts';
import type { ExplorerState } from '../state/explorer-state.ts';
import { encodeState } from '../state/url-state.ts';

/** Links carry positions up to this many nodes; beyond it the layout is recomputed on open. */
const MAX_SHARED_POSITIONS = 800;

function viewOf(cy: Core): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), data: { ...(n.data() as Record<string, unknown>) }, x: n.position().x, y: n.position().y }));
  const edges = cy.edges(':visible').map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), data: { ...(e.data() as Record<string, unknown>) } }));
  return { nodes, edges };
}

export function shareUrl(cy: Core | null, state: ExplorerState): string {
  const positions: Record<string, { x: number; y: number }> = {};
  if (cy !== null && cy.nodes().length <= MAX_SHARED_POSITIONS) {
    cy.nodes().forEach((n) => {
      if (!n.isParent()) positions[n.id()] = n.position();
    });
  }
  return `${window.location.origin}${window.location.pathname}${hrefOf('explore', null, encodeState(state, { positions }))}`;
}

export function ExportMenu({ cy, state, disabled }: { cy: Core | null; state: ExplorerState; disabled: boolean }): ReactNode {
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const stamp = new Date().toISOString().slice(0, 10);
  const run = (f: (cy: Core) => void) => () => {
    if (cy !== null) f(cy);
    setOpen(false);
  };
  return (
    <div className="menu">
      <button type="button" className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} disabled={disabled} data-testid="export-menu">
        Export ▾
      </button>
      <button
        type="button"
        className="btn primary"
        disabled={disabled}
        onClick={() => {
          const url = shareUrl(cy, state);
          setLink(url);
          void navigator.clipboard?.writeText(url).catch(() => undefined);
        }}
        data-testid="share"
      >
        Share link
      </button>
      {open ? (
        <ul className="menu-list" role="menu">
          <li role="none">
            <button type="button" role="menuitem" onClick={run((c) => downloadBlob(c.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 }), `cluster-atlas-${stamp}.png`))} data-testid="export-png">
              PNG image
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={run((c) => downloadText(cyToSvg(c), `cluster-atlas-${stamp}.svg`, 'image/svg+xml'))} data-testid="export-svg">
              SVG image
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={run((c) => { const v = viewOf(c); downloadText(toGraphML(v.nodes, v.edges), `cluster-atlas-${stamp}.graphml`, 'application/graphml+xml'); })} data-testid="export-graphml">
              GraphML (Gephi, Cytoscape desktop)
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={run((c) => { const v = viewOf(c); downloadText(toViewJson(v.nodes, v.edges, { exported: new Date().toISOString(), view: encodeState(state) }), `cluster-atlas-${stamp}.json`, 'application/json'); })} data-testid="export-json">
              JSON of the view
            </button>
          </li>
        </ul>
      ) : null}
      {link !== null ? (
        <div className="share-box" role="dialog" aria-label="Share this view">
          <label>
            Link to this view (copied)
            <input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-url" />
          </label>
          <button type="button" className="btn small" onClick={() => setLink(null)}>
            Close
          </button>
        </div>
      ) : null}
    </div>
  );
}
