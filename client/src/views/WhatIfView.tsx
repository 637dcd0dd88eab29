/**
 * What-if: remove one or more organisations from a scope's network and compare its
 * connectivity and the remaining organisations' measures with the original, side by side.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { HUB_FIRMS, WHAT_IF, type WhatIfView as WhatIfData } from '../api/analytics.ts';
import { ClusterSelect } from '../components/ClusterSelect.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { ErrorState, Loading } from '../components/StatusViews.tsx';
import { fmt, pct } from '../format.ts';
import type { Catalog } from '../hooks/useCatalog.ts';
import { hrefOf, replaceHash } from '../hooks/useHashRoute.ts';
import { dataOf, useQuery } from '../hooks/useQuery.ts';

type StateKey = keyof WhatIfData['before'];
const STATE_ROWS: { key: StateKey; label: string; share?: boolean; digits?: number }[] = [
  { key: 'nodes', label: 'organisations' },
  { key: 'edges', label: 'tied pairs' },
  { key: 'density', label: 'density', digits: 4 },
  { key: 'components', label: 'components' },
  { key: 'largestComponentSize', label: 'largest component' },
  { key: 'largestComponentShare', label: 'largest component share', share: true },
  { key: 'averagePathLength', label: 'average path length' },
  { key: 'averageClustering', label: 'average clustering', digits: 3 },
  { key: 'degreeCentralization', label: 'degree centralisation', digits: 3 },
  { key: 'interClusterTies', label: 'inter-cluster ties' },
];

function Delta({ before, after, share, digits = 2 }: { before: number; after: number; share?: boolean; digits?: number }): ReactNode {
  const d = after - before;
  if (Math.abs(d) < 1e-12) return <span className="muted">=</span>;
  return <span className={d < 0 ? 'delta-neg' : 'delta-pos'}>{d > 0 ? '+' : '−'}{share ? pct(Math.abs(d), 1) : fmt(Math.abs(d), digits)}</span>;
}

export function WhatIfView({ query, catalog }: { query?: string; catalog: Catalog }): ReactNode {
  const params = new URLSearchParams(query ?? '');
  const [scope, setScope] = useState(params.get('scope') ?? 'all');
  const [remove, setRemove] = useState<{ id: string; name: string }[]>(() => (params.get('remove') ?? '').split(',').filter((s) => s !== '').map((id) => ({ id, name: id })));
  const [asked, setAsked] = useState<string[] | null>(remove.length > 0 ? remove.map((r) => r.id) : null);
  useEffect(() => {
    replaceHash(hrefOf('whatif', null, `scope=${encodeURIComponent(scope)}${remove.length > 0 ? `&remove=${remove.map((r) => encodeURIComponent(r.id)).join(',')}` : ''}`));
  }, [scope, remove]);
  const analyticsScope = scope === 'all' ? { all: true } : { clusterIds: [scope] };
  const hubs = useQuery(HUB_FIRMS, { scope: analyticsScope, rankBy: 'COMPOSITE', limit: 6 });
  const result = useQuery(WHAT_IF, asked === null || asked.length === 0 ? null : { remove: asked, scope: analyticsScope });
  const r = dataOf(result)?.whatIf ?? null;
  const add = (id: string, name: string): void => setRemove((l) => (l.some((x) => x.id === id) ? l : [...l, { id, name }]));
  const names = new Map(remove.map((x) => [x.id, x.name]));

  return (
    <div className="page" data-testid="what-if">
      <div className="page-head">
        <h1>What if they left?</h1>
        <span className="muted">Remove organisations and compare the network with the original.</span>
      </div>
      <div className="cards">
        <section className="card">
          <h3>Network</h3>
          <ClusterSelect label="Scope" className="block" clusters={catalog.clusters} value={scope} onChange={setScope} empty={{ label: 'all organisations', value: 'all' }} testId="whatif-scope" />
          <h4>Remove</h4>
          <SearchBox placeholder="Add an organisation…" label="Find an organisation to remove" onPick={(h) => h.node.__typename === 'Organization' && add(h.node.id, h.node.name)} />
          <p className="small muted">Or a hub firm of this scope:</p>
          <div className="chips">
            {(dataOf(hubs)?.hubFirms.firms ?? []).map((f) => (
              <button key={f.organizationId} type="button" className="chip" onClick={() => add(f.organizationId, f.name)} data-testid="whatif-hub">
                + {f.name}
              </button>
            ))}
          </div>
          <ul className="plain" data-testid="whatif-remove">
            {remove.map((x) => (
              <li key={x.id}>
                {x.name}{' '}
                <button type="button" className="link" onClick={() => setRemove((l) => l.filter((y) => y.id !== x.id))} aria-label={`keep ${x.name}`}>
                  keep
                </button>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="btn primary" disabled={remove.length === 0} onClick={() => setAsked(remove.map((x) => x.id))} data-testid="whatif-run">
              Compare
            </button>
          </div>
        </section>
        <section className="card" data-testid="whatif-result">
          <h3>Connectivity, before and after</h3>
          {result.status === 'idle' ? <p className="muted">Pick organisations to remove, then Compare.</p> : null}
          {result.status === 'loading' ? <Loading label="Recomputing the network…" /> : null}
          {result.status === 'error' ? <ErrorState error={result.error} onRetry={result.retry} /> : null}
          {r !== null ? (
            <>
              {r.unknownIds.length > 0 ? <p className="small muted">Not in this scope (ignored): {r.unknownIds.join(', ')}</p> : null}
              <table className="data">
                <thead>
                  <tr>
                    <th>measure</th>
                    <th className="num">original</th>
                    <th className="num">without {r.removed.length === 1 ? names.get(r.removed[0] ?? '') ?? r.removed[0] : `${r.removed.length} organisations`}</th>
                    <th className="num">change</th>
                  </tr>
                </thead>
                <tbody>
                  {STATE_ROWS.map((row) => (
                    <tr key={row.key}>
                      <td>{row.label}</td>
                      <td className="num">{row.share ? pct(r.before[row.key], 1) : fmt(r.before[row.key], row.digits)}</td>
                      <td className="num">{row.share ? pct(r.after[row.key], 1) : fmt(r.after[row.key], row.digits)}</td>
                      <td className="num">
                        <Delta before={r.before[row.key]} after={r.after[row.key]} {...(row.share ? { share: true } : {})} {...(row.digits ? { digits: row.digits } : {})} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </section>
        {r !== null ? (
          <>
            <section className="card">
              <h3>Clusters</h3>
              <table className="data">
                <thead>
                  <tr>
                    <th>cluster</th>
                    <th className="num">members</th>
                    <th className="num">internal ties</th>
                    <th className="num">connected share</th>
                  </tr>
                </thead>
                <tbody>
                  {r.clusters.filter((c) => c.membersBefore !== c.membersAfter || c.internalTiesBefore !== c.internalTiesAfter).map((c) => (
                    <tr key={c.clusterId}>
                      <td>{catalog.clusterNames.get(c.clusterId) ?? c.clusterId}</td>
                      <td className="num">{c.membersBefore} → {c.membersAfter}</td>
                      <td className="num">{c.internalTiesBefore} → {c.internalTiesAfter}</td>
                      <td className="num">{pct(c.largestComponentShareBefore)} → {pct(c.largestComponentShareAfter)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h4>Inter-cluster links that lose ties</h4>
              <table className="data">
                <tbody>
                  {r.interClusterLinks.slice(0, 8).map((l) => (
                    <tr key={`${l.source}:${l.target}`}>
                      <td>{catalog.clusterNames.get(l.source) ?? l.source} — {catalog.clusterNames.get(l.target) ?? l.target}</td>
                      <td className="num">{l.before} → {l.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section className="card wide">
              <h3>Organisations whose betweenness changes most</h3>
              <table className="data" data-testid="whatif-impacts">
                <thead>
                  <tr>
                    <th>organisation</th>
                    {(r.impacts[0]?.changes ?? []).map((c) => (
                      <th key={c.measure} className="num">
                        {c.measure.toLowerCase()} before → after
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {r.impacts.map((i) => (
                    <tr key={i.organizationId}>
                      <td>
                        <a href={hrefOf('explore', null, `scope=focus:${encodeURIComponent(i.organizationId)}:1&sel=${encodeURIComponent(i.organizationId)}`)}>{i.name}</a>
                      </td>
                      {i.changes.map((c) => (
                        <td key={c.measure} className="num">
                          {fmt(c.before, 4)} → {fmt(c.after, 4)} <Delta before={c.before} after={c.after} digits={4} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        ) : null}
      </div>
    </div>
  );
}
