/**
 * The app's routes live in the URL hash (#/explore?…, #/map, #/cluster/<id>, #/hubs?…, #/whatif?…),
 * so every view is a shareable link and the server only ever serves index.html.
 */
import { useEffect, useState } from 'react';

export type View = 'explore' | 'map' | 'cluster' | 'hubs' | 'whatif';

export interface Route {
  view: View;
  /** The path parameter (cluster id). */
  param: string | null;
  /** The query string after `?`, without it. */
  query: string;
}

const VIEWS: readonly View[] = ['explore', 'map', 'cluster', 'hubs', 'whatif'];

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = q >= 0 ? raw.slice(q + 1) : '';
  const [first = '', second] = path.split('/');
  const view = (VIEWS as readonly string[]).includes(first) ? (first as View) : 'explore';
  return { view, param: second === undefined || second === '' ? null : decodeURIComponent(second), query };
}

export function hrefOf(view: View, param: string | null = null, query = ''): string {
  return `#/${view}${param === null ? '' : `/${encodeURIComponent(param)}`}${query === '' ? '' : `?${query}`}`;
}

export function navigate(href: string): void {
  window.location.hash = href.startsWith('#') ? href.slice(1) : href;
}

/** Rewrites the hash without a history entry (state that changes on every click). */
export function replaceHash(href: string): void {
  if (window.location.hash === href) return;
  window.history.replaceState(null, '', href);
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
