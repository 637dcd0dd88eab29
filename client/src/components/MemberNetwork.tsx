/** A cluster's member network (the API's subgraph of its members), drawn like the explorer. */
import type { Core } from 'cytoscape';
import { useMemo, useState, type ReactNode } from 'react';
import { CytoscapeCanvas } from '../../graph/CytoscapeCanvas.tsx';
import { fromSlice } from '../../graph/graph-model.ts';
import { stylesheet } from '../../graph/stylesheet.ts';
import { toElements } from '../../graph/toElements.ts';
import { useLayoutRunner } from '../../graph/useLayoutRunner.ts';
import { useStaticGraph } from '../../graph/useStaticGraph.ts';
import { SUBGRAPH } from '../api/operations.ts';
import type { Catalog } from '../hooks/useCatalog.ts';
import { dataOf, useQuery } from '../hooks/useQuery.ts';
import { ErrorState, Loading } from './StatusViews.tsx';

const EMPTY: ReadonlySet<string> = new Set();

export function MemberNetwork({ clusterId, catalog }: { clusterId: string; catalog: Catalog }): ReactNode {
  const q = useQuery(SUBGRAPH, { scope: { clusterIds: [clusterId] } });
  const slice = dataOf(q)?.subgraph ?? null;
  const elements = useMemo(
    () =>
      slice === null
        ? []
        : toElements(fromSlice(slice), {
            colorBy: 'kind', sizeBy: 'degree', filter: { kinds: [], sectors: [], regions: [] }, hidden: EMPTY, pinned: EMPTY,
            groupByCluster: false, collapsed: EMPTY, clusterOrder: catalog.clusterOrder, clusterNames: catalog.clusterNames, highlight: null,
          }),
    [slice, catalog],
  );
  const [cy, setCy] = useState<Core | null>(null);
  const setup = useMemo(() => ({ style: stylesheet(), webgl: false, large: false }), []);
  const runner = useLayoutRunner(cy);
  useStaticGraph(cy, elements, runner, 'fcose');
  return (
    <div className="mini-canvas" data-testid="member-network">
      {q.status === 'error' ? <ErrorState error={q.error} onRetry={q.retry} /> : null}
      {q.status === 'loading' ? <Loading label="Loading members…" /> : null}
      <CytoscapeCanvas setup={setup} onCy={setCy} label="Member network" />
      <div className="statusbar">
        {slice ? `${slice.nodes.length} members · ${slice.edges.length} ties` : ''}
        {runner.status.running ? ` · layout ${runner.status.stage}` : ''}
      </div>
    </div>
  );
}
