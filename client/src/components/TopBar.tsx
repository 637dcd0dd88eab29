/** Brand, the views, and the global search that opens what it finds. */
import type { ReactNode } from 'react';
import type { SearchHitView } from '../api/operations.ts';
import { hrefOf, navigate, type Route, type View } from '../hooks/useHashRoute.ts';
import { SearchBox } from './SearchBox.tsx';

const NAV: { view: View; label: string }[] = [
  { view: 'explore', label: 'Explorer' },
  { view: 'map', label: 'Cluster map' },
  { view: 'hubs', label: 'Hub firms' },
  { view: 'whatif', label: 'What-if' },
];

/** Where a search hit leads: organisations into the explorer, clusters to their page. */
export function hrefForHit(hit: SearchHitView): string {
  const id = encodeURIComponent(hit.node.id);
  switch (hit.node.__typename) {
    case 'Organization':
      return hrefOf('explore', null, `scope=focus:${id}:1&sel=${id}`);
    case 'Cluster':
      return hrefOf('cluster', hit.node.id);
    case 'Region':
      return hrefOf('explore', null, `scope=focus:${id}:2&rel=LOCATED_IN&group=1&color=cluster`);
    case 'Alliance':
      return hrefOf('explore', null, `scope=focus:${id}:1&rel=PARTY_TO&sel=${id}`);
    default:
      return hrefOf('explore');
  }
}

export function TopBar({ route }: { route: Route }): ReactNode {
  const current = route.view === 'cluster' ? 'map' : route.view;
  return (
    <header className="topbar">
      <a className="brand" href="#/explore" aria-label="Cluster Atlas home">
        <img src="/favicon.svg" alt="" width={24} height={24} />
        <span>Cluster Atlas</span>
      </a>
      <nav className="nav" aria-label="Views">
        {NAV.map((n) => (
          <a key={n.view} href={hrefOf(n.view)} className={current === n.view ? 'active' : undefined} aria-current={current === n.view ? 'page' : undefined}>
            {n.label}
          </a>
        ))}
      </nav>
      <SearchBox onPick={(hit) => navigate(hrefForHit(hit))} autoFocusKey />
    </header>
  );
}
