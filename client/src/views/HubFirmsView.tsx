/**
 * Hub-firm finder for investors: organisations ranked by the API's hubFirms (composite, PageRank,
 * betweenness, degree or participation), filterable by scope, role, kind, sector and region (all
 * filtered by the server, after ranking the whole scope, so that `Rows` counts matching firms),
 * sortable by any column, each row opening the firm in the explorer; CSV of what is shown.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { HUB_FIRMS, NETWORK_ROLES, ROLE_LABELS, type HubFirmRow, type HubRanking, type NetworkRole } from '../api/analytics.ts';
import { ClusterSelect } from '../components/ClusterSelect.tsx';
import { KindDot } from '../components/KindDot.tsx';
import { ErrorState, Loading } from '../components/StatusViews.tsx';
import { toCsv } from '../export/csv.ts';
import { downloadText } from '../export/download.ts';
import { fmt } from '../format.ts';
import { sortRows, type SortDir } from '../hubs/sortRows.ts';
import type { Catalog } from '../hooks/useCatalog.ts';
import { hrefOf, navigate } from '../hooks/useHashRoute.ts';
import { dataOf, useQuery } from '../hooks/useQuery.ts';
import { ORG_KINDS, toggle, type OrgKind } from '../state/explorer-state.ts';

interface Column {
  key: string;
  label: string;
  num: boolean;
  value(r: HubFirmRow, c: Catalog): string | number | null;
  show(r: HubFirmRow, c: Catalog): ReactNode;
}

const COLUMNS: Column[] = [
  { key: 'rank', label: '#', num: true, value: (r) => r.rank, show: (r) => r.rank },
  { key: 'name', label: 'organisation', num: false, value: (r) => r.name, show: (r) => <><KindDot kind={r.kind} /> {r.name}</> },
  { key: 'kind', label: 'kind', num: false, value: (r) => r.kind, show: (r) => r.kind.toLowerCase() },
  { key: 'role', label: 'role', num: false, value: (r) => ROLE_LABELS[r.role], show: (r) => ROLE_LABELS[r.role] },
  { key: 'cluster', label: 'cluster', num: false, value: (r, c) => c.clusterNames.get(r.clusterIds[0] ?? '') ?? '', show: (r, c) => c.clusterNames.get(r.clusterIds[0] ?? '') ?? '—' },
  { key: 'sector', label: 'sector', num: false, value: (r) => r.organization?.sector ?? null, show: (r) => r.organization?.sector ?? '—' },
  { key: 'region', label: 'region', num: false, value: (r) => r.organization?.region?.name ?? null, show: (r) => r.organization?.region?.name ?? '—' },
  { key: 'composite', label: 'composite', num: true, value: (r) => r.composite, show: (r) => fmt(r.composite, 3) },
  { key: 'pagerank', label: 'PageRank', num: true, value: (r) => r.pagerank, show: (r) => fmt(r.pagerank, 4) },
  { key: 'betweenness', label: 'betweenness', num: true, value: (r) => r.betweenness, show: (r) => fmt(r.betweenness, 4) },
  { key: 'degree', label: 'degree', num: true, value: (r) => r.degree, show: (r) => fmt(r.degree) },
  { key: 'participation', label: 'P', num: true, value: (r) => r.participation, show: (r) => fmt(r.participation) },
  { key: 'z', label: 'z', num: true, value: (r) => r.z, show: (r) => fmt(r.z) },
];

const RANKINGS: HubRanking[] = ['COMPOSITE', 'PAGERANK', 'BETWEENNESS', 'DEGREE', 'PARTICIPATION'];

export function HubFirmsView({ catalog }: { catalog: Catalog; query?: string }): ReactNode {
  const [scope, setScope] = useState('');
  const [rankBy, setRankBy] = useState<HubRanking>('COMPOSITE');
  const [roles, setRoles] = useState<NetworkRole[]>([]);
  const [kinds, setKinds] = useState<OrgKind[]>([]);
  const [sector, setSector] = useState('');
  const [region, setRegion] = useState('');
  const [limit, setLimit] = useState(100);
  const [sort, setSort] = useState<{ key: string; dir: SortDir }>({ key: 'rank', dir: 'asc' });
  const q = useQuery(HUB_FIRMS, {
    scope: scope === '' ? { all: true } : { clusterIds: [scope] },
    rankBy,
    roles: roles.length > 0 ? roles : null,
    kinds: kinds.length > 0 ? kinds : null,
    sectors: sector === '' ? null : [sector],
    regionIds: region === '' ? null : [region],
    limit,
  });
  const data = dataOf(q)?.hubFirms ?? null;
  const firms = useMemo(() => data?.firms ?? [], [data]);
  // Sector choices: the clusters' sectors and every sector seen in an answer so far (a filtered
  // answer must not shrink the list it was chosen from).
  const seenSectors = useRef(new Set<string>());
  const sectors = useMemo(() => {
    for (const c of catalog.clusters) if (c.sector) seenSectors.current.add(c.sector);
    for (const f of firms) if (f.organization?.sector) seenSectors.current.add(f.organization.sector);
    return [...seenSectors.current].sort();
  }, [firms, catalog.clusters]);
  const regions = useMemo(() => [...catalog.regions].sort((a, b) => a.name.localeCompare(b.name)), [catalog.regions]);
  const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0];
  const rows = useMemo(() => (column === undefined ? firms : sortRows(firms, (r) => column.value(r, catalog), sort.dir)), [firms, column, sort.dir, catalog]);

  const download = (): void => {
    const header = ['rank', 'id', 'name', 'kind', 'role', 'clusters', 'sector', 'region', 'composite', 'pagerank', 'betweenness', 'degree', 'participation', 'z'];
    const body = rows.map((r) => [r.rank, r.organizationId, r.name, r.kind, r.role, r.clusterIds.join(' '), r.organization?.sector, r.organization?.region?.name, r.composite, r.pagerank, r.betweenness, r.degree, r.participation, r.z]);
    downloadText(toCsv(header, body), `hub-firms-${rankBy.toLowerCase()}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <div className="page" data-testid="hub-firms">
      <div className="page-head">
        <h1>Hub-firm finder</h1>
        <span className="muted">Organisations that many depend on, that broker between clusters, or anchor a value chain.</span>
      </div>
      <div className="filters-row card">
        <ClusterSelect label="Scope" clusters={catalog.clusters} value={scope} onChange={setScope} empty={{ label: 'all organisations', value: '' }} testId="hub-scope" />
        <label>
          Rank by
          <select value={rankBy} onChange={(e) => setRankBy(e.target.value as HubRanking)} data-testid="hub-rank">
            {RANKINGS.map((r) => (
              <option key={r} value={r}>
                {r.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Roles
          <select multiple size={4} value={roles} onChange={(e) => setRoles([...e.target.selectedOptions].map((o) => o.value as NetworkRole))} data-testid="hub-roles">
            {NETWORK_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="small">Kinds</legend>
          <div className="chips">
            {ORG_KINDS.map((k) => (
              <label key={k} className={`chip${kinds.includes(k) ? ' on' : ''}`}>
                <input type="checkbox" checked={kinds.includes(k)} onChange={() => setKinds(toggle(kinds, k))} />
                {k.toLowerCase()}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          Sector
          <select value={sector} onChange={(e) => setSector(e.target.value)} data-testid="hub-sector">
            <option value="">all</option>
            {sectors.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Region
          <select value={region} onChange={(e) => setRegion(e.target.value)} data-testid="hub-region">
            <option value="">all</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.level ? ` (${r.level.toLowerCase()})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rows
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {[25, 100, 250, 1000].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <span style={{ flex: 1 }} />
        <button type="button" className="btn primary" onClick={download} disabled={rows.length === 0} data-testid="hub-csv">
          Download CSV
        </button>
      </div>
      {q.status === 'error' ? <ErrorState error={q.error} onRetry={q.retry} /> : null}
      {q.status === 'loading' && data === null ? <Loading label="Ranking organisations…" /> : null}
      {data !== null ? (
        <p className="small muted">
          {rows.length} of {data.candidates} candidates · ranked by {data.rankBy.toLowerCase()}
          {data.rankBy === 'COMPOSITE' ? ` = ${data.compositeFormula}` : ''} · betweenness {data.betweenness.method.toLowerCase()} · click a row to open it in the explorer
        </p>
      ) : null}
      <div className="card" style={{ padding: 0, overflow: 'auto', maxHeight: 'calc(100vh - 300px)' }}>
        <table className="data" data-testid="hub-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} className={c.num ? 'num' : undefined} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" onClick={() => setSort({ key: c.key, dir: sort.key === c.key && sort.dir === 'desc' ? 'asc' : sort.key === c.key ? 'desc' : c.num && c.key !== 'rank' ? 'desc' : 'asc' })} data-testid={`sort-${c.key}`}>
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const href = hrefOf('explore', null, `scope=focus:${encodeURIComponent(r.organizationId)}:1&sel=${encodeURIComponent(r.organizationId)}`);
              return (
                <tr key={r.organizationId} tabIndex={0} style={{ cursor: 'pointer' }} onClick={() => navigate(href)} onKeyDown={(e) => e.key === 'Enter' && navigate(href)} data-id={r.organizationId}>
                  {COLUMNS.map((c) => (
                    <td key={c.key} className={c.num ? 'num' : undefined}>
                      {c.show(r, catalog)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {data !== null && rows.length === 0 ? <p className="muted" style={{ padding: 16 }}>No organisation matches these filters.</p> : null}
      </div>
    </div>
  );
}
