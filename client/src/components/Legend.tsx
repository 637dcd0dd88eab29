/** What the colours, sizes and line styles on the canvas mean, for what is drawn now. */
import type { ReactNode } from 'react';
import { EDGE_COLORS, KIND_COLORS, categoryColor } from '../../graph/palette.ts';
import type { ColorBy, SizeBy } from '../../graph/toElements.ts';
import type { CommunitiesState } from '../hooks/useCommunities.ts';
import { CommunityLegend } from './CommunityLegend.tsx';

export interface LegendProps {
  colorBy: ColorBy;
  sizeBy: SizeBy;
  kinds: string[];
  clusters: string[];
  clusterOrder: readonly string[];
  clusterNames: ReadonlyMap<string, string>;
  edgeTypes: string[];
  /** With colorBy 'community': the detected communities and the organisations drawn. */
  communities?: { state: CommunitiesState; drawn: readonly string[] };
}

const SIZE_TEXT: Record<SizeBy, string> = { degree: 'degree in view', pagerank: 'PageRank', betweenness: 'betweenness' };
const LINE: Record<string, string> = { INVESTS_IN: 'dashed', SUPPORTS: 'dotted', PARTY_TO: 'dashed' };

export function Legend(p: LegendProps): ReactNode {
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <h3>Legend</h3>
      {p.colorBy === 'community' ? (
        p.communities !== undefined ? <CommunityLegend communities={p.communities.state} drawn={p.communities.drawn} clusterNames={p.clusterNames} /> : null
      ) : (
        <ul>
          {p.colorBy === 'kind'
            ? p.kinds.map((k) => (
                <li key={k}>
                  <span className="swatch" style={{ background: KIND_COLORS[k] ?? '#bbb' }} />
                  {k.toLowerCase()}
                </li>
              ))
            : p.clusters.map((c) => (
                <li key={c}>
                  <span className="swatch" style={{ background: categoryColor(c, p.clusterOrder) }} />
                  {p.clusterNames.get(c) ?? c}
                </li>
              ))}
        </ul>
      )}
      <ul>
        {p.edgeTypes.map((t) => (
          <li key={t}>
            <span className={`line ${LINE[t] ?? 'solid'}`} style={{ borderColor: EDGE_COLORS[t] ?? '#999' }} />
            {t === 'META' ? 'ties to a collapsed cluster' : t.toLowerCase().replace(/_/g, ' ')}
          </li>
        ))}
      </ul>
      <p className="muted small">Node size: {SIZE_TEXT[p.sizeBy]}.</p>
    </section>
  );
}
