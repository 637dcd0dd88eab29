/**
 * The inter-cluster map: clusters as nodes sized by members and coloured by sector or dominant
 * strategy; edges weighted by member ties plus shared alliances. Click selects, double-click
 * (or the panel's link) opens the cluster page.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { CytoscapeCanvas } from '../../graph/CytoscapeCanvas.tsx';
import { STRATEGY_COLORS, categoryColor } from '../../graph/palette.ts';
import { clusterMapStylesheet } from '../../graph/stylesheet.ts';
import { useLayoutRunner } from '../../graph/useLayoutRunner.ts';
import { useStaticGraph } from '../../graph/useStaticGraph.ts';
import { CLUSTER_LINK_INTENSITY } from '../api/analytics.ts';
import { CLUSTER_NETWORK } from '../api/operations.ts';
import { ErrorState, Loading } from '../components/StatusViews.tsx';
import { fmt, titleCase } from '../format.ts';
import type { Catalog } from '../hooks/useCatalog.ts';
import { hrefOf, navigate } from '../hooks/useHashRoute.ts';
import { dataOf, useQuery } from '../hooks/useQuery.ts';
import { YEAR_MAX, YEAR_MIN } from '../state/explorer-state.ts';

declare global {
  interface Window {
    __atlasMap?: { cy: Core | null };
  }
}

type MapColor = 'sector' | 'strategy';

export function ClusterMapView({ catalog }: { catalog: Catalog }): ReactNode {
  const [asOf, setAsOf] = useState<number | null>(null);
  const [minWeight, setMinWeight] = useState(5);
  const [colorBy, setColorBy] = useState<MapColor>('strategy');
  const [selected, setSelected] = useState<string | null>(null);
  const net = useQuery(CLUSTER_NETWORK, { minWeight, asOf });
  const intensity = useQuery(CLUSTER_LINK_INTENSITY, { network: asOf === null ? null : { asOf } });
  const strategies = useMemo(() => new Map((dataOf(intensity)?.clusterLinkIntensity.clusters ?? []).map((c) => [c.id, c.strategy])), [intensity]);
  const data = dataOf(net)?.clusterNetwork ?? null;
  const sectors = useMemo(() => [...new Set((data?.nodes ?? []).map((n) => n.sector ?? ''))].sort(), [data]);

  const elements: ElementDefinition[] = useMemo(() => {
    if (data === null) return [];
    return [
      ...data.nodes.map((n) => ({
        group: 'nodes' as const,
        data: {
          id: n.id,
          label: n.name,
          members: n.memberCount,
          color: colorBy === 'strategy' ? STRATEGY_COLORS[strategies.get(n.id) ?? ''] ?? '#B8BEC8' : categoryColor(n.sector ?? '', sectors),
        },
      })),
      ...data.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, weight: e.weight, sharedAlliances: e.sharedAlliances } })),
    ];
  }, [data, colorBy, strategies, sectors]);

  const [cy, setCy] = useState<Core | null>(null);
  const setup = useMemo(() => ({ style: clusterMapStylesheet(), webgl: false, large: false, minZoom: 0.2 }), []);
  const runner = useLayoutRunner(cy);
  useStaticGraph(cy, elements, runner, 'fcose');
  useEffect(() => {
    window.__atlasMap = { cy };
    if (cy === null) return undefined;
    const onSelect = (): void => setSelected(cy.$('node:selected').first().id() || null);
    const onDbl = (e: { target: { id(): string } }): void => navigate(hrefOf('cluster', e.target.id()));
    cy.on('select unselect', 'node', onSelect);
    cy.on('dbltap', 'node', onDbl);
    return () => {
      cy.off('select unselect', 'node', onSelect);
      cy.off('dbltap', 'node', onDbl);
    };
  }, [cy]);

  const node = data?.nodes.find((n) => n.id === selected) ?? null;
  const links = data?.edges.filter((e) => e.source === selected || e.target === selected) ?? [];
  const error = net.status === 'error' ? net.error : null;
  return (
    <div className="map-wrap">
      <div className="stage">
        <div className="toolbar" role="toolbar" aria-label="Map tools">
          <label>
            Colour{' '}
            <select value={colorBy} onChange={(e) => setColorBy(e.target.value === 'sector' ? 'sector' : 'strategy')} data-testid="map-color">
              <option value="strategy">by dominant strategy</option>
              <option value="sector">by sector</option>
            </select>
          </label>
          <label>
            Min. weight <input type="number" min={1} max={200} value={minWeight} onChange={(e) => setMinWeight(Math.max(1, Number(e.target.value) || 1))} style={{ width: 70 }} />
          </label>
          <label className="check">
            <input type="checkbox" checked={asOf === null} onChange={(e) => setAsOf(e.target.checked ? null : YEAR_MAX)} />
            all years
          </label>
          {asOf !== null ? (
            <label>
              as of <input type="range" min={YEAR_MIN} max={YEAR_MAX} value={asOf} onChange={(e) => setAsOf(Number(e.target.value))} aria-label="As of year" /> {asOf}
            </label>
          ) : null}
          <span className="spacer" />
          {colorBy === 'strategy' ? (
            <span className="small">
              {Object.entries(STRATEGY_COLORS).map(([k, c]) => (
                <span key={k} style={{ marginRight: 10 }}>
                  <span className="dot" style={{ background: c }} /> {titleCase(k)}
                </span>
              ))}
            </span>
          ) : null}
        </div>
        {error ? (
          <div className="stage-overlay">
            <ErrorState error={error} onRetry={net.retry} />
          </div>
        ) : null}
        {net.status === 'loading' && data === null ? (
          <div className="stage-overlay">
            <Loading />
          </div>
        ) : null}
        <CytoscapeCanvas setup={setup} onCy={setCy} label="Inter-cluster map" testId="map-canvas" />
        <div className="statusbar">
          <span>
            {data?.nodes.length ?? 0} clusters · {data?.edges.length ?? 0} links · edge width: member ties + shared alliances; purple: shared alliances
          </span>
        </div>
      </div>
      <aside className="panel" aria-label="Cluster" data-testid="map-panel">
        {node !== null ? (
          <section>
            <h2>{node.name}</h2>
            <p className="muted small">
              {node.sector} {node.cluster.sectorName ? `· ${node.cluster.sectorName}` : ''} · {catalog.regionNames.get(node.regionId ?? '') ?? node.regionId}
            </p>
            <dl className="facts">
              <dt>Members</dt>
              <dd>{node.memberCount}</dd>
              <dt>Strategy</dt>
              <dd>{titleCase(strategies.get(node.id) ?? '—')}</dd>
            </dl>
            <div className="actions">
              <a className="btn primary" href={hrefOf('cluster', node.id)} data-testid="open-cluster">
                Open cluster page
              </a>
              <a className="btn" href={hrefOf('explore', null, `scope=clusters:${encodeURIComponent(node.id)}&color=cluster`)}>
                Explore members
              </a>
            </div>
            <h4>Strongest links</h4>
            <table className="data">
              <thead>
                <tr>
                  <th>cluster</th>
                  <th className="num">ties</th>
                  <th className="num">alliances</th>
                </tr>
              </thead>
              <tbody>
                {links.slice(0, 9).map((l) => {
                  const other = l.source === node.id ? l.target : l.source;
                  return (
                    <tr key={l.id}>
                      <td>
                        <a href={hrefOf('cluster', other)}>{catalog.clusterNames.get(other) ?? other}</a>
                      </td>
                      <td className="num">{fmt(l.ties)}</td>
                      <td className="num">{l.sharedAlliances}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ) : (
          <section>
            <h2>Clusters</h2>
            <p className="muted small">Click a cluster on the map, or pick one here. Double-click opens its page.</p>
            <ul className="plain">
              {(data?.nodes ?? []).map((n) => (
                <li key={n.id}>
                  <a href={hrefOf('cluster', n.id)}>{n.name}</a> <span className="muted small">{n.memberCount} members</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
