/**
 * The legend of "colour by community": how many communities Louvain found, their modularity
 * (and the declared clusters' on the same network), their agreement with the declared clusters
 * (adjusted Rand index, NMI), and a swatch per community with organisations on the canvas.
 */
import type { ReactNode } from 'react';
import { NEUTRAL, communityColor } from '../../graph/palette.ts';
import { communitiesInView } from '../communities/communities.ts';
import { fmt, pct } from '../format.ts';
import type { CommunitiesState } from '../hooks/useCommunities.ts';
import { ErrorState, Loading } from './StatusViews.tsx';

export interface CommunityLegendProps {
  communities: CommunitiesState;
  /** Organisations drawn now. */
  drawn: readonly string[];
  clusterNames: ReadonlyMap<string, string>;
}

const LISTED = 12;

export function CommunityLegend({ communities: c, drawn, clusterNames }: CommunityLegendProps): ReactNode {
  if (!c.request.ok) {
    return (
      <p className="small muted" data-testid="community-unavailable">
        {c.request.reason}
      </p>
    );
  }
  if (c.status === 'error' && c.error !== null) return <ErrorState error={c.error} onRetry={c.retry} />;
  const d = c.data;
  if (d === null) return <Loading label="Detecting communities…" />;
  const { communities, outside } = communitiesInView(d, c.ranks ?? new Map(), drawn);
  return (
    <div data-testid="community-legend" data-count={d.count} data-modularity={d.modularity} aria-busy={c.status === 'loading'}>
      <dl className="stats">
        <dt>communities</dt>
        <dd data-testid="community-count">{d.count}</dd>
        <dt>modularity</dt>
        <dd data-testid="community-modularity">
          {fmt(d.modularity, 3)}{' '}
          <span className="muted" title="Modularity of the declared clusters on the same network">
            (declared {fmt(d.declaredModularity, 3)})
          </span>
        </dd>
        <dt title="Adjusted Rand index against the declared (primary) clusters: 1 identical, about 0 chance">ARI</dt>
        <dd data-testid="community-ari">{fmt(d.adjustedRandIndex, 3)}</dd>
        <dt title="Normalised mutual information against the declared (primary) clusters, 0..1">NMI</dt>
        <dd data-testid="community-nmi">{fmt(d.normalizedMutualInformation, 3)}</dd>
      </dl>
      <p className="muted small">
        Louvain on {c.request.basis}; ARI and NMI against the declared clusters of {fmt(d.comparedOrganizations)} organisations.
        {c.status === 'loading' ? ' Updating…' : ''}
      </p>
      <ul data-testid="community-swatches">
        {communities.slice(0, LISTED).map((x) => (
          <li key={x.rank} data-rank={x.rank}>
            <span className="swatch" style={{ background: communityColor(x.rank) }} />
            <span>
              C{x.rank + 1} · {x.inView === x.size ? x.size : `${x.inView} of ${x.size}`}
              {x.dominantClusterId !== null ? <span className="muted"> · {pct(x.dominantShare)} {clusterNames.get(x.dominantClusterId) ?? x.dominantClusterId}</span> : null}
            </span>
          </li>
        ))}
        {communities.length > LISTED ? <li className="muted">and {communities.length - LISTED} more in view</li> : null}
        {outside > 0 ? (
          <li>
            <span className="swatch" style={{ background: NEUTRAL }} />
            not in the result ({outside})
          </li>
        ) : null}
      </ul>
    </div>
  );
}
