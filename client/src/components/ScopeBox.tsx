/** What the explorer shows: around one entity (depth 1–3), one or more clusters, or everything. */
import type { ReactNode } from 'react';
import type { GraphModel } from '../../graph/graph-model.ts';
import type { Catalog } from '../hooks/useCatalog.ts';
import type { ExplorerState } from '../state/explorer-state.ts';
import { ClusterSelect } from './ClusterSelect.tsx';

export interface ScopeBoxProps {
  state: ExplorerState;
  update(patch: Partial<ExplorerState>): void;
  catalog: Catalog;
  graph: GraphModel;
}

const CHOOSE = { label: 'choose…', value: '' };
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
      <ClusterSelect
        label="Load a cluster"
        className="block"
        clusters={catalog.clusters}
        value=""
        onChange={(id) => {
          if (id !== '') update({ ...RESET, scope: { kind: 'clusters', ids: [id] }, groupByCluster: false });
        }}
        empty={CHOOSE}
        testId="cluster-scope"
      />
      {s.kind === 'clusters' ? (
        <ClusterSelect
          label="Add a cluster"
          className="block"
          clusters={catalog.clusters}
          exclude={s.ids}
          value=""
          onChange={(id) => {
            if (id !== '') update({ scope: { kind: 'clusters', ids: [...new Set([...s.ids, id])] }, groupByCluster: true });
          }}
          empty={CHOOSE}
        />
      ) : null}
      <div className="actions">
        <button type="button" className="btn" onClick={() => update({ ...RESET, scope: { kind: 'all' }, groupByCluster: true, colorBy: state.colorBy === 'community' ? 'community' : 'cluster' })} data-testid="scope-all">
          Whole graph
        </button>
        <button type="button" className="btn" onClick={() => update({ ...RESET, scope: { kind: 'none' } })}>
          Clear
        </button>
      </div>
    </section>
  );
}
