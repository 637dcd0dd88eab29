/**
 * The side panel for the selection: facts, memberships (links to cluster pages), measures and
 * Guimerà–Amaral role of one organisation; actions (expand by type, hide, pin, focus, path).
 */
import { useState, type ReactNode } from 'react';
import { ORG_MEASURES, ROLE_LABELS } from '../api/analytics.ts';
import { ORGANIZATION, type SliceNode } from '../api/operations.ts';
import { fmt, pct, titleCase } from '../format.ts';
import { hrefOf } from '../hooks/useHashRoute.ts';
import { dataOf, useQuery } from '../hooks/useQuery.ts';
import { REL_TYPES, DEFAULT_REL_TYPES, toggle, type RelType } from '../state/explorer-state.ts';
import { KindDot } from './KindDot.tsx';
import { ErrorState, Loading } from './StatusViews.tsx';

export interface NodeActions {
  expand(id: string, types: RelType[]): void;
  hide(ids: string[]): void;
  togglePin(ids: string[]): void;
  focus(id: string): void;
  path(from: string, to: string): void;
  toggleCollapse(clusterId: string): void;
}

export interface NodePanelProps {
  selected: string[];
  nodes: ReadonlyMap<string, SliceNode>;
  degreeInView: ReadonlyMap<string, number>;
  pinned: ReadonlySet<string>;
  asOf: number | null;
  clusterNames: ReadonlyMap<string, string>;
  collapsed: ReadonlySet<string>;
  actions: NodeActions;
  pathActive: boolean;
  clearPath(): void;
  pathSummary: string | null;
}

function Row({ k, v }: { k: string; v: ReactNode }): ReactNode {
  return (
    <>
      <dt>{k}</dt>
      <dd>{v}</dd>
    </>
  );
}

function ExpandControls({ id, onExpand }: { id: string; onExpand(types: RelType[]): void }): ReactNode {
  const [types, setTypes] = useState<RelType[]>([...DEFAULT_REL_TYPES]);
  return (
    <fieldset className="expand">
      <legend>Expand neighbours by type</legend>
      <div className="chips">
        {REL_TYPES.filter((t) => t !== 'LOCATED_IN').map((t) => (
          <label key={t} className={`chip${types.includes(t) ? ' on' : ''}`}>
            <input type="checkbox" checked={types.includes(t)} onChange={() => setTypes(toggle(types, t))} />
            {t.toLowerCase().replace(/_/g, ' ')}
          </label>
        ))}
      </div>
      <button type="button" className="btn primary" disabled={types.length === 0} onClick={() => onExpand(types)} data-testid="expand" data-node={id}>
        Expand
      </button>
    </fieldset>
  );
}

function OrganizationDetails({ id, asOf, degree }: { id: string; asOf: number | null; degree: number }): ReactNode {
  const facts = useQuery(ORGANIZATION, { id, asOf });
  const measures = useQuery(ORG_MEASURES, { id, network: asOf === null ? null : { asOf } });
  const org = dataOf(facts)?.organization ?? null;
  const m = dataOf(measures)?.organization?.measures ?? null;
  if (facts.status === 'error') return <ErrorState error={facts.error} onRetry={facts.retry} />;
  if (org === null) return <Loading label="Loading facts…" />;
  return (
    <>
      <dl className="facts">
        <Row k="Kind" v={titleCase(org.kind)} />
        <Row k="Sector" v={org.sector ?? '—'} />
        <Row k="Region" v={org.region ? `${org.region.name} (${org.region.country ?? ''})` : '—'} />
        <Row k="Employees" v={fmt(org.employees)} />
        <Row k="Revenue" v={org.revenue === null || org.revenue === undefined ? '—' : `€${fmt(org.revenue / 1000, 1)}m`} />
        <Row k="Export share" v={pct(org.exportShare)} />
        <Row k="R&D intensity" v={pct(org.rdIntensity, 1)} />
        <Row k="Patents" v={fmt(org.patents)} />
        <Row k="Digital maturity" v={fmt(org.digitalMaturity)} />
        <Row k="Founded" v={org.foundedYear ?? '—'} />
        <Row k="Foreign-owned" v={org.foreignOwned === null || org.foreignOwned === undefined ? '—' : org.foreignOwned ? 'yes' : 'no'} />
      </dl>
      <h4>Memberships</h4>
      {org.clusters.length === 0 ? (
        <p className="muted">No cluster.</p>
      ) : (
        <ul className="plain">
          {org.clusters.map((c) => (
            <li key={c.cluster.id}>
              <a href={hrefOf('cluster', c.cluster.id)}>{c.cluster.name}</a> <span className="muted">{c.role.toLowerCase()}{c.since ? ` since ${c.since}` : ''}{c.until ? ` until ${c.until}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      {org.alliances.length > 0 ? (
        <p className="muted small">Alliances: {org.alliances.map((a) => a.alliance.name).join(', ')}</p>
      ) : null}
      <h4>Measures <span className="muted small">(whole network{asOf === null ? '' : `, ${asOf}`})</span></h4>
      {measures.status === 'error' ? (
        <p className="muted small" role="note">Measures unavailable: {measures.error.message}</p>
      ) : m === null ? (
        <Loading label="Computing measures…" />
      ) : (
        <>
          <p className="role" data-testid="role">
            <span className={`badge role-${m.role.toLowerCase()}`}>{ROLE_LABELS[m.role]}</span>
            <span className="muted small"> Guimerà–Amaral: z = {fmt(m.z)}, P = {fmt(m.participation)}</span>
          </p>
          <dl className="facts measures" data-testid="measures">
            <Row k="Degree" v={fmt(m.degree)} />
            <Row k="Degree in view" v={fmt(degree)} />
            <Row k="PageRank" v={fmt(m.pagerank, 4)} />
            <Row k="Betweenness" v={`${fmt(m.betweenness, 4)}${m.computation.betweenness.method === 'SAMPLED' ? ` ±${fmt(m.computation.betweenness.errorBound)}` : ''}`} />
            <Row k="Closeness" v={fmt(m.closeness, 3)} />
            <Row k="Eigenvector" v={fmt(m.eigenvector, 3)} />
            <Row k="Clustering" v={fmt(m.clustering, 3)} />
            <Row k="Constraint" v={fmt(m.constraint, 3)} />
            <Row k="Effective size" v={fmt(m.effectiveSize, 1)} />
            <Row k="Brokerage" v={`${fmt(m.brokerage.total)} (liaison ${fmt(m.brokerage.liaison)}, gatekeeper ${fmt(m.brokerage.gatekeeper)})`} />
          </dl>
        </>
      )}
    </>
  );
}

export function NodePanel(p: NodePanelProps): ReactNode {
  const { selected, nodes, actions } = p;
  const single = selected.length === 1 ? selected[0] : undefined;
  const node = single === undefined ? undefined : nodes.get(single);
  const groupCluster = single?.startsWith('grp:') ? single.slice(4) : undefined;
  const orgs = selected.filter((id) => nodes.get(id)?.label === 'ORGANIZATION');
  return (
    <aside className="panel" aria-label="Selection" data-testid="node-panel">
      {p.pathActive ? (
        <div className="path-box" data-testid="path-summary">
          <strong>Shortest paths</strong>
          <p>{p.pathSummary ?? 'Looking for paths…'}</p>
          <button type="button" className="btn" onClick={p.clearPath}>
            Clear path
          </button>
        </div>
      ) : null}
      {selected.length === 0 ? (
        <div className="panel-empty">
          <h2>Nothing selected</h2>
          <p className="muted">Click a node to see its facts and measures. Shift-click or drag with Shift for several; two organisations give their shortest paths. Double-click expands.</p>
          <p className="muted small">Keys: <kbd>/</kbd> search · <kbd>E</kbd> expand · <kbd>H</kbd> hide · <kbd>P</kbd> pin · <kbd>F</kbd> fit · <kbd>Esc</kbd> clear</p>
        </div>
      ) : null}
      {groupCluster !== undefined ? (
        <section>
          <h2>{p.clusterNames.get(groupCluster) ?? groupCluster}</h2>
          <p className="muted">Cluster group in this view.</p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => actions.toggleCollapse(groupCluster)} data-testid="toggle-collapse">
              {p.collapsed.has(groupCluster) ? 'Expand group' : 'Collapse group'}
            </button>
            <a className="btn" href={hrefOf('cluster', groupCluster)}>
              Cluster page
            </a>
          </div>
        </section>
      ) : null}
      {node !== undefined && single !== undefined ? (
        <section data-testid="node-details">
          <h2>
            <KindDot kind={node.label === 'ORGANIZATION' ? node.kind ?? '' : node.label} /> {node.name}
          </h2>
          <p className="muted small">
            {node.label.toLowerCase()} · <code>{node.id}</code>
            {node.depth !== null && node.depth !== undefined ? ` · ${node.depth} hop${node.depth === 1 ? '' : 's'} from the centre` : ''}
          </p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => actions.focus(single)}>
              Focus here
            </button>
            <button type="button" className="btn" onClick={() => actions.togglePin([single])} aria-pressed={p.pinned.has(single)}>
              {p.pinned.has(single) ? 'Unpin' : 'Pin'}
            </button>
            <button type="button" className="btn" onClick={() => actions.hide([single])}>
              Hide
            </button>
            {node.label === 'CLUSTER' ? (
              <a className="btn" href={hrefOf('cluster', node.id)}>
                Cluster page
              </a>
            ) : null}
          </div>
          <ExpandControls key={single} id={single} onExpand={(types) => actions.expand(single, types)} />
          {node.label === 'ORGANIZATION' ? <OrganizationDetails id={single} asOf={p.asOf} degree={p.degreeInView.get(single) ?? 0} /> : null}
        </section>
      ) : null}
      {selected.length > 1 ? (
        <section>
          <h2>{selected.length} selected</h2>
          <ul className="plain small">
            {selected.slice(0, 12).map((id) => (
              <li key={id}>{nodes.get(id)?.name ?? id}</li>
            ))}
          </ul>
          <div className="actions">
            {orgs.length === 2 && orgs[0] !== undefined && orgs[1] !== undefined ? (
              <button type="button" className="btn primary" onClick={() => actions.path(orgs[0] ?? '', orgs[1] ?? '')} data-testid="find-path">
                Shortest paths between the two
              </button>
            ) : null}
            <button type="button" className="btn" onClick={() => actions.togglePin(selected)}>
              Pin / unpin
            </button>
            <button type="button" className="btn" onClick={() => actions.hide(selected)}>
              Hide
            </button>
          </div>
        </section>
      ) : null}
    </aside>
  );
}
