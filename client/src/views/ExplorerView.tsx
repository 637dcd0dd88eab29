/**
 * The explorer: scope and filters on the left, the canvas in the middle, the selection on the
 * right. UI state (ExplorerState) lives here and in the URL; graph data comes from
 * useExplorerGraph; what is drawn from toElements; cy is owned by CytoscapeCanvas.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CytoscapeCanvas } from '../../graph/CytoscapeCanvas.tsx';
import { distinct, type GraphModel } from '../../graph/graph-model.ts';
import { LAYOUTS, LAYOUT_LABELS, type LayoutName } from '../../graph/layouts.ts';
import { stylesheet } from '../../graph/stylesheet.ts';
import { syncElements } from '../../graph/syncElements.ts';
import { syntheticGraph, syntheticPositions } from '../../graph/synthetic.ts';
import { GROUP_PREFIX, toElements, type ViewOptions } from '../../graph/toElements.ts';
import { useGraphEvents } from '../../graph/useGraphEvents.ts';
import { applyPositions, useLayoutRunner } from '../../graph/useLayoutRunner.ts';
import { WEBGL_THRESHOLD, webglAccelerated, webglAvailable } from '../../graph/webgl.ts';
import { NETWORK_MEASURES } from '../api/analytics.ts';
import { ExportMenu } from '../components/ExportMenu.tsx';
import { FiltersPanel } from '../components/FiltersPanel.tsx';
import { LayoutStatusBar } from '../components/LayoutStatusBar.tsx';
import { Legend } from '../components/Legend.tsx';
import { NodePanel, type NodeActions } from '../components/NodePanel.tsx';
import { ScopeBox } from '../components/ScopeBox.tsx';
import { Empty, ErrorState, Loading } from '../components/StatusViews.tsx';
import type { Catalog } from '../hooks/useCatalog.ts';
import { useCommunities } from '../hooks/useCommunities.ts';
import { graphOf, useExplorerGraph, usePathHighlight } from '../hooks/useExplorerGraph.ts';
import { hrefOf, replaceHash } from '../hooks/useHashRoute.ts';
import { dataOf, useQuery } from '../hooks/useQuery.ts';
import { DEFAULT_REL_TYPES, toggle, type ExplorerState } from '../state/explorer-state.ts';
import type { ColorBy } from '../../graph/toElements.ts';
import { decodeState, encodeState } from '../state/url-state.ts';

type RendererChoice = 'auto' | 'webgl' | 'canvas';

declare global {
  interface Window {
    /** Dev and benchmark hook (bench/client.ts): the live `cy` and a synthetic-graph loader. */
    __atlas?: { cy: Core | null; loadSynthetic(nodes: number, edges: number): void; clearSynthetic(): void; renderer: string };
  }
}

const colorByOf = (v: string): ColorBy => (v === 'cluster' || v === 'community' ? v : 'kind');

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function ExplorerView({ query, catalog }: { query: string; catalog: Catalog }): ReactNode {
  const [state, setState] = useState<ExplorerState>(() => decodeState(query));
  const written = useRef(query);
  useEffect(() => {
    if (query !== written.current) {
      written.current = query;
      setState(decodeState(query));
    }
  }, [query]);
  useEffect(() => {
    const q = encodeState(state);
    written.current = q;
    replaceHash(hrefOf('explore', null, q));
  }, [state]);
  const update = useCallback((patch: Partial<ExplorerState>) => setState((s) => ({ ...s, ...patch })), []);

  const [attempt, setAttempt] = useState(0);
  const load = useExplorerGraph(state, attempt);
  const [synthetic, setSynthetic] = useState<GraphModel | null>(null);
  const graph = synthetic ?? graphOf(load);
  const highlight = usePathHighlight(load);

  const sizeMeasures = useQuery(
    NETWORK_MEASURES,
    state.sizeBy === 'degree' ? null : { scope: { all: true }, orderBy: state.sizeBy === 'pagerank' ? 'PAGERANK' : 'BETWEENNESS', limit: 1000, network: state.asOf === null ? null : { asOf: state.asOf } },
  );
  const measureRows = dataOf(sizeMeasures)?.networkMeasures.organizations ?? null;
  const measures = useMemo(() => (measureRows === null ? undefined : new Map(measureRows.map((r) => [r.organizationId, { pagerank: r.pagerank, betweenness: r.betweenness }]))), [measureRows]);

  const communities = useCommunities(state, graph);
  const communityRanks = state.colorBy === 'community' ? communities.ranks : null;

  const hidden = useMemo(() => new Set(state.hidden), [state.hidden]);
  const pinned = useMemo(() => new Set(state.pinned), [state.pinned]);
  const collapsed = useMemo(() => new Set(state.collapsed), [state.collapsed]);
  const options: ViewOptions = useMemo(
    () => ({
      colorBy: state.colorBy,
      sizeBy: state.sizeBy,
      filter: { kinds: state.kinds, sectors: state.sectors, regions: state.regions },
      hidden,
      pinned,
      groupByCluster: state.groupByCluster,
      collapsed,
      clusterOrder: catalog.clusterOrder,
      clusterNames: catalog.clusterNames,
      ...(measures ? { measures } : {}),
      ...(communityRanks !== null ? { communities: communityRanks } : {}),
      highlight,
    }),
    [state.colorBy, state.sizeBy, state.kinds, state.sectors, state.regions, hidden, pinned, state.groupByCluster, collapsed, catalog, measures, communityRanks, highlight],
  );
  const elements = useMemo(() => toElements(graph, options), [graph, options]);
  const nodeCount = graph.nodes.size;

  const [renderer, setRenderer] = useState<RendererChoice>('auto');
  const webgl = renderer === 'webgl' || (renderer === 'auto' && elements.length > WEBGL_THRESHOLD && webglAccelerated());
  const large = nodeCount > 1500;
  const setup = useMemo(() => ({ style: stylesheet(), webgl, large }), [webgl, large]);
  const [cy, setCy] = useState<Core | null>(null);
  const layout = useLayoutRunner(cy);

  // Draw: sync elements, then place what is new (restored positions, or the chosen layout).
  const stateRef = useRef(state);
  stateRef.current = state;
  const syntheticPos = useRef<Record<string, { x: number; y: number }> | null>(null);
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    const before = cy.nodes().length;
    const { added } = syncElements(cy, elements, pinned);
    if (added.length === 0) return;
    const s = stateRef.current;
    const restore = syntheticPos.current ?? s.positions;
    if (restore !== null && added.filter((id) => restore[id] !== undefined).length >= added.length * 0.8) {
      applyPositions(cy, restore, false);
      if (s.positions !== null) update({ positions: null });
      return;
    }
    const incremental = before > 0 && added.length < cy.nodes().length * 0.7;
    const roots = s.scope.kind === 'focus' ? [s.scope.id] : s.selected;
    void layout.run({ name: s.layout, incremental, roots: roots.filter((id) => !cy.getElementById(id).empty()), animate: true });
    // layout.run is stable per cy
  }, [cy, elements, pinned]);

  // Selection: state → cy (after restores and reloads).
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    const current = cy.$(':selected').map((e) => e.id());
    if (sameList([...current].sort(), [...state.selected].sort())) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      for (const id of state.selected) cy.getElementById(id).select();
    });
  }, [cy, state.selected, elements]);

  const actions: NodeActions = useMemo(
    () => ({
      expand: (id, types) => setState((s) => ({ ...s, expansions: [...s.expansions.filter((e) => e.id !== id), { id, types }] })),
      hide: (ids) => setState((s) => ({ ...s, hidden: [...new Set([...s.hidden, ...ids])], selected: s.selected.filter((x) => !ids.includes(x)) })),
      togglePin: (ids) => setState((s) => ({ ...s, pinned: ids.every((id) => s.pinned.includes(id)) ? s.pinned.filter((x) => !ids.includes(x)) : [...new Set([...s.pinned, ...ids])] })),
      focus: (id) => setState((s) => ({ ...s, scope: { kind: 'focus', id, depth: 1 }, expansions: [], hidden: [], selected: [id], path: null })),
      path: (from, to) => setState((s) => ({ ...s, path: { from, to } })),
      toggleCollapse: (clusterId) => setState((s) => ({ ...s, collapsed: toggle(s.collapsed, clusterId) })),
    }),
    [],
  );

  useGraphEvents(cy, {
    onSelection: (ids) => setState((s) => (sameList([...ids].sort(), [...s.selected].sort()) ? s : { ...s, selected: ids })),
    onDoubleTap: (id, isGroup) => {
      if (isGroup) setState((s) => ({ ...s, collapsed: toggle(s.collapsed, id.slice(GROUP_PREFIX.length)) }));
      else actions.expand(id, [...DEFAULT_REL_TYPES]);
    },
  });

  // Dev/bench hook.
  useEffect(() => {
    window.__atlas = {
      cy,
      renderer: webgl ? 'webgl' : 'canvas',
      loadSynthetic: (n, m) => {
        const g = syntheticGraph(n, m);
        syntheticPos.current = syntheticPositions(g);
        setSynthetic(g);
      },
      clearSynthetic: () => {
        syntheticPos.current = null;
        setSynthetic(null);
      },
    };
  }, [cy, webgl]);

  const degreeInView = useMemo(() => {
    const d = new Map<string, number>();
    for (const e of elements) if (e.group === 'nodes') d.set(String(e.data.id), Number(e.data['degree'] ?? 0));
    return d;
  }, [elements]);
  const kindCounts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of graph.nodes.values()) if (n.kind) c.set(n.kind, (c.get(n.kind) ?? 0) + 1);
    return c;
  }, [graph]);
  const drawnOrganizations = useMemo(() => elements.filter((e) => e.group === 'nodes' && e.data['entity'] === 'ORGANIZATION').map((e) => String(e.data.id)), [elements]);
  const edgeTypes = useMemo(() => [...new Set(elements.filter((e) => e.group === 'edges').map((e) => String(e.data['type'])))].sort(), [elements]);
  const clustersInView = useMemo(() => {
    const s = new Set<string>();
    for (const n of graph.nodes.values()) if (n.clusterIds[0]) s.add(n.clusterIds[0]);
    return [...s].sort();
  }, [graph]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (cy === null) return;
    const sel = state.selected;
    switch (e.key) {
      case 'Escape':
        cy.$(':selected').unselect();
        update({ selected: [], path: null });
        break;
      case 'e':
        if (sel[0] !== undefined && sel.length === 1) actions.expand(sel[0], [...DEFAULT_REL_TYPES]);
        break;
      case 'h':
      case 'Delete':
        if (sel.length > 0) actions.hide(sel);
        break;
      case 'p':
        if (sel.length > 0) actions.togglePin(sel);
        break;
      case 'f':
        cy.fit(undefined, 40);
        break;
      case '+':
      case '=':
        cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case '-':
        cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case 'ArrowLeft':
        cy.panBy({ x: 60, y: 0 });
        break;
      case 'ArrowRight':
        cy.panBy({ x: -60, y: 0 });
        break;
      case 'ArrowUp':
        cy.panBy({ x: 0, y: 60 });
        break;
      case 'ArrowDown':
        cy.panBy({ x: 0, y: -60 });
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const pathSummary = load.status === 'ready' && load.paths !== null ? (load.paths.length === 0 ? 'No path within 6 steps over these relationship types.' : `${load.paths.length} path${load.paths.length === 1 ? '' : 's'}, shortest ${load.paths[0]?.length ?? 0} step${load.paths[0]?.length === 1 ? '' : 's'}: ${load.paths[0]?.nodes.map((n) => n.name).join(' → ') ?? ''}`) : null;
  const isEmpty = synthetic === null && load.status === 'empty';
  const communityTitle = communities.request.ok ? `By community: Louvain communities of ${communities.request.basis}` : `By community is unavailable here. ${communities.request.reason}`;

  return (
    <div className="explorer">
      <div className="sidebar" aria-label="Scope and filters">
        <ScopeBox state={state} update={update} catalog={catalog} graph={graph} />
        <FiltersPanel state={state} update={update} kindCounts={kindCounts} sectors={distinct(graph, 'sector')} regions={distinct(graph, 'regionId')} regionNames={catalog.regionNames} />
        {nodeCount > 0 ? (
          <Legend
            colorBy={state.colorBy}
            sizeBy={state.sizeBy}
            kinds={[...kindCounts.keys()].sort()}
            clusters={clustersInView}
            clusterOrder={catalog.clusterOrder}
            clusterNames={catalog.clusterNames}
            edgeTypes={edgeTypes}
            communities={{ state: communities, drawn: drawnOrganizations }}
          />
        ) : null}
      </div>
      <div className="stage">
        <div className="toolbar" role="toolbar" aria-label="Graph tools">
          <label>
            Layout{' '}
            <select value={state.layout} onChange={(e) => update({ layout: e.target.value as LayoutName })} data-testid="layout-select">
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {LAYOUT_LABELS[l]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" disabled={nodeCount === 0 || layout.status.running} onClick={() => void layout.run({ name: state.layout, incremental: false, roots: state.scope.kind === 'focus' ? [state.scope.id] : state.selected, animate: true })} data-testid="run-layout">
            Run layout
          </button>
          <label>
            Colour{' '}
            <select value={state.colorBy} onChange={(e) => update({ colorBy: colorByOf(e.target.value) })} title={communities.request.ok ? undefined : communityTitle} data-testid="color-select">
              <option value="kind">by kind</option>
              <option value="cluster">by cluster</option>
              <option value="community" disabled={!communities.request.ok && state.colorBy !== 'community'} title={communityTitle}>
                by community
              </option>
            </select>
          </label>
          <label>
            Size{' '}
            <select value={state.sizeBy} onChange={(e) => update({ sizeBy: e.target.value === 'pagerank' ? 'pagerank' : e.target.value === 'betweenness' ? 'betweenness' : 'degree' })} data-testid="size-select">
              <option value="degree">degree</option>
              <option value="pagerank">PageRank</option>
              <option value="betweenness">betweenness</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={state.groupByCluster} onChange={(e) => update({ groupByCluster: e.target.checked })} data-testid="group-toggle" />
            group by cluster
          </label>
          <label>
            Renderer{' '}
            <select value={renderer} onChange={(e) => setRenderer(e.target.value as RendererChoice)} title="WebGL draws large graphs faster" data-testid="renderer-select">
              <option value="auto">auto ({webgl ? 'WebGL' : 'canvas'})</option>
              <option value="canvas">canvas</option>
              <option value="webgl" disabled={!webglAvailable()}>
                WebGL
              </option>
            </select>
          </label>
          <span className="spacer" />
          {state.hidden.length > 0 ? (
            <button type="button" className="btn" onClick={() => update({ hidden: [] })}>
              Show {state.hidden.length} hidden
            </button>
          ) : null}
          <button type="button" className="btn" onClick={() => cy?.fit(undefined, 40)} disabled={nodeCount === 0}>
            Fit
          </button>
          <ExportMenu cy={cy} state={state} disabled={nodeCount === 0} />
        </div>
        {graph.truncated ? (
          <div className="banner warn" role="status" data-testid="truncated">
            The server capped this view at its node limit: the best-connected nodes are shown. Narrow the scope or filters to see the rest.
          </div>
        ) : null}
        {load.status === 'error' ? (
          <div className="stage-overlay">
            <ErrorState error={load.error} onRetry={() => setAttempt((a) => a + 1)} />
          </div>
        ) : null}
        {load.status === 'loading' && nodeCount === 0 ? (
          <div className="stage-overlay">
            <Loading label="Loading the graph…" />
          </div>
        ) : null}
        {isEmpty ? (
          <div className="stage-overlay">
            <Empty title="Start from a search, a cluster or the whole graph">
              <p className="muted">
                Type a name in the search box (press <kbd>/</kbd>), pick a cluster on the left, or try the hub firm{' '}
                <a href={hrefOf('explore', null, 'scope=focus:org-auto-lead-1:1&sel=org-auto-lead-1')}>Tesen Motorworks AG</a>.
              </p>
            </Empty>
          </div>
        ) : null}
        {load.status === 'ready' && nodeCount > 0 && elements.length === 0 ? (
          <div className="stage-overlay">
            <Empty title="Everything is filtered out">
              <p className="muted">Loosen the kind, sector or region filters on the left.</p>
            </Empty>
          </div>
        ) : null}
        <CytoscapeCanvas setup={setup} onCy={setCy} label="Graph canvas: arrows pan, + and − zoom, E expand, H hide, P pin, F fit" onKeyDown={onKey} testId="canvas" />
        <LayoutStatusBar status={layout.status} onCancel={layout.cancel} loading={load.status === 'loading'} nodes={elements.filter((e) => e.group === 'nodes').length} edges={edgeTypes.length === 0 ? 0 : elements.length - elements.filter((e) => e.group === 'nodes').length} renderer={webgl ? 'WebGL' : 'canvas'} />
      </div>
      <NodePanel
        selected={state.selected}
        nodes={graph.nodes}
        degreeInView={degreeInView}
        pinned={pinned}
        asOf={state.asOf}
        clusterNames={catalog.clusterNames}
        collapsed={collapsed}
        actions={actions}
        pathActive={state.path !== null}
        pathSummary={pathSummary}
        clearPath={() => update({ path: null })}
      />
    </div>
  );
}
