/** What the explorer shows: around one entity (depth 1–3), one or more clusters, or everything. */
import type { ReactNode } from 'react';
import type { GraphModel } from '../../graph/graph-model.ts';
import type { Catalog } from '../hooks/useCatalog.ts';
import type { ExplorerState } from '../state/explorer-state.ts';

export interface ScopeBoxProps {
  state: ExplorerState;
  update(patch: Partial<ExplorerState>): void;
  catalog: Catalog;
  graph: GraphModel;
}

const RESET: Partial<ExplorerState> = { expansions: [], hidden: [], selected: [], path: null, collapsed: [], positions: null };

export function ScopeBox({ state, update, catalog, graph }: ScopeBoxProps): ReactNode {
  const s = state.scope;
  const focusName = s.kind === 'focus' ? graph.nodes.get(s.id)?.name ?? s.id : '';
  return (
    <section className="scope" aria-label="Scope" data-testid="scope">
      <h3>Scope</h3>
      {s.kind === 'focus' ? (
        <p>
          Around <strong>{focusName}</strong>,{' '}
          <label>
            depth{' '}
            <select value={s.depth} onChange={(e) => update({ scope: { ...s, depth: Number(e.target.value) } })} data-testid="depth-select">
              <option value={1}>1</option>
              <option value={2}>2</option>
              <option value={3}>3</option>
            </select>
          </label>
        </p>
      ) : null}
      {s.kind === 'clusters' ? <p>Clusters: {s.ids.map((id) => catalog.clusterNames.get(id) ?? id).join(', ')}</p> : null}
      {s.kind === 'all' ? <p>Every organisation (the server caps large views).</p> : null}
      {s.kind === 'none' ? <p className="muted">Nothing loaded yet.</p> : null}
      <label className="block">
        Load a cluster
        <select
          value=""
          onChange={(e) => {
            const id = e.target.value;
            if (id !== '') update({ ...RESET, scope: { kind: 'clusters', ids: [id] }, groupByCluster: false });
          }}
          data-testid="cluster-scope"
        >
          <option value="">choose…</option>
          {catalog.clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {s.kind === 'clusters' ? (
        <label className="block">
          Add a cluster
          <select value="" onChange={(e) => e.target.value !== '' && update({ scope: { kind: 'clusters', ids: [...new Set([...s.ids, e.target.value])] }, groupByCluster: true })}>
            <option value="">choose…</option>
            {catalog.clusters.filter((c) => !s.ids.includes(c.id)).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="actions">
        <button type="button" className="btn" onClick={() => update({ ...RESET, scope: { kind: 'all' }, groupByCluster: true, colorBy: 'cluster' })} data-testid="scope-all">
          Whole graph
        </button>
        <button type="button" className="btn" onClick={() => update({ ...RESET, scope: { kind: 'none' } })}>
          Clear
        </button>
      </div>
    </section>
  );
}
