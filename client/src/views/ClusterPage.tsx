/**
 * One cluster: its member network, cooperation measures, strategy scores with evidence, the
 * six-channel scorecard with data coverage, the success-factor checklist, its top hub firms and
 * brokers, and a comparison with every other cluster.
 */
import type { ReactNode } from 'react';
import { CLUSTER_REPORT, COMPARE_CLUSTERS, HUB_FIRMS, type ReportView } from '../api/analytics.ts';
import { CLUSTER } from '../api/operations.ts';
import { HubTable } from '../components/HubTable.tsx';
import { MemberNetwork } from '../components/MemberNetwork.tsx';
import { ScorecardChart, channelLabel } from '../components/ScorecardChart.tsx';
import { ErrorState, Loading } from '../components/StatusViews.tsx';
import { STRATEGY_COLORS } from '../../graph/palette.ts';
import { fmt, pct, titleCase } from '../format.ts';
import type { Catalog } from '../hooks/useCatalog.ts';
import { hrefOf } from '../hooks/useHashRoute.ts';
import { dataOf, useQuery } from '../hooks/useQuery.ts';

const BROKER_ROLES = ['NON_HUB_CONNECTOR', 'CONNECTOR_HUB', 'KINLESS_HUB', 'NON_HUB_KINLESS'] as const;

function Kpi({ k, v }: { k: string; v: string }): ReactNode {
  return (
    <div className="kpi">
      <div className="v">{v}</div>
      <div className="k">{k}</div>
    </div>
  );
}

function Cooperation({ r }: { r: ReportView }): ReactNode {
  const c = r.cooperation;
  return (
    <section className="card wide" data-testid="cooperation">
      <h3>Cooperation</h3>
      <div className="kpis">
        <Kpi k="members" v={fmt(c.size.members)} />
        <Kpi k="firms / institutions" v={`${c.size.firms} / ${c.size.institutions}`} />
        <Kpi k="internal ties" v={fmt(c.internalTies)} />
        <Kpi k="external ties" v={fmt(c.externalTies)} />
        <Kpi k="E-I index" v={fmt(c.eiIndex)} />
        <Kpi k="density" v={fmt(c.density, 3)} />
        <Kpi k="avg clustering" v={fmt(c.averageClustering, 3)} />
        <Kpi k="components" v={fmt(c.components)} />
        <Kpi k="largest component" v={pct(c.largestComponentShare)} />
        <Kpi k="avg path length" v={fmt(c.averagePathLength)} />
        <Kpi k="degree centralisation" v={fmt(c.degreeCentralization)} />
        <Kpi k="cross-sector ties" v={pct(c.crossSectorShare)} />
        <Kpi k="firms tied to academia" v={pct(c.academiaTiedFirmShare)} />
        <Kpi k="triple-helix balance" v={fmt(c.tripleHelix.balance)} />
        <Kpi k="local suppliers" v={pct(c.supplierLocalisation.share)} />
        <Kpi k="international ties" v={pct(c.geography.internationalShare)} />
        <Kpi k="leader's share of ties" v={pct(c.leader.share)} />
        <Kpi k={`resilience (top ${c.resilience.k} removed)`} v={`${pct(c.resilience.before)} → ${pct(c.resilience.after)}`} />
        <Kpi k="sector HHI (employment)" v={fmt(c.sectorConcentration.employmentHhi)} />
      </div>
      {c.leader.organization ? (
        <p className="small muted">
          Leading enterprise: <a href={hrefOf('explore', null, `scope=focus:${encodeURIComponent(c.leader.organizationId ?? '')}:1&sel=${encodeURIComponent(c.leader.organizationId ?? '')}`)}>{c.leader.organization.name}</a> ({c.leader.internalDegree} internal ties).
        </p>
      ) : null}
    </section>
  );
}

function Strategy({ r }: { r: ReportView }): ReactNode {
  const s = r.strategy;
  return (
    <section className="card" data-testid="strategy">
      <h3>Strategy</h3>
      <p>
        Dominant: <span className="badge" style={{ background: STRATEGY_COLORS[s.dominant] ?? '#eee', color: '#fff' }} data-testid="dominant-strategy">{titleCase(s.dominant)}</span>{' '}
        <span className="muted small">margin {fmt(s.margin)} (mixed below {fmt(s.mixedMargin)})</span>
      </p>
      {s.scores.map((sc) => (
        <details key={sc.strategy} open={sc.strategy === s.leading}>
          <summary>
            <span className="bar-cell" style={{ display: 'inline-flex', width: '85%' }}>
              <strong style={{ width: 120 }}>{titleCase(sc.strategy)}</strong>
              <span className="b" style={{ width: `${sc.score * 60}%`, background: STRATEGY_COLORS[sc.strategy] }} />
              {fmt(sc.score)}
            </span>
          </summary>
          <p className="small muted">{sc.formula}</p>
          <table className="data">
            <thead>
              <tr>
                <th>evidence</th>
                <th className="num">value</th>
                <th className="num">score</th>
                <th className="num">weight</th>
                <th className="num">contrib.</th>
              </tr>
            </thead>
            <tbody>
              {sc.evidence.map((e) => (
                <tr key={e.measure}>
                  <td>{e.measure}</td>
                  <td className="num">{fmt(e.value, 3)}</td>
                  <td className="num">{fmt(e.score)}</td>
                  <td className="num">{fmt(e.weight)}</td>
                  <td className="num">{fmt(e.contribution, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}

function Scorecard({ r }: { r: ReportView }): ReactNode {
  const sc = r.scorecard;
  return (
    <section className="card" data-testid="scorecard">
      <h3>Sustainability scorecard</h3>
      <p className="small">
        Composite <strong>{fmt(sc.composite)}</strong>, rank <strong>{sc.rank}</strong> of the clusters compared · data coverage {pct(sc.coverage)} ·{' '}
        <span className="muted">normalised {sc.normalisation === 'MIN_MAX' ? 'min–max' : 'by z-score'} across all clusters (OECD/JRC 2008)</span>
      </p>
      <ScorecardChart channels={sc.channels} />
      <details>
        <summary className="small">Indicators</summary>
        <table className="data">
          <thead>
            <tr>
              <th>channel · indicator</th>
              <th className="num">value</th>
              <th className="num">normalised</th>
              <th className="num">coverage</th>
            </tr>
          </thead>
          <tbody>
            {sc.channels.flatMap((c) =>
              c.indicators.map((i) => (
                <tr key={`${c.channel}:${i.key}`}>
                  <td>
                    <span className="muted">{channelLabel(c.channel)} ·</span> {i.label}
                    {i.higherIsBetter ? '' : ' (lower is better)'}
                  </td>
                  <td className="num">{fmt(i.value, 3)}</td>
                  <td className="num">{fmt(i.normalised)}</td>
                  <td className="num">{pct(i.coverage)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function Checklist({ r }: { r: ReportView }): ReactNode {
  return (
    <section className="card" data-testid="checklist">
      <h3>Key success factors</h3>
      <ul className="plain">
        {r.checklist.map((c) => (
          <li key={c.factor}>
            <span className={c.met ? 'met' : 'unmet'} aria-label={c.met ? 'met' : 'not met'}>
              {c.met ? '✓' : '✗'}
            </span>{' '}
            <strong>{titleCase(c.factor)}</strong> <span className="small muted">{c.evidence}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Comparison({ id, catalog }: { id: string; catalog: Catalog }): ReactNode {
  const q = useQuery(COMPARE_CLUSTERS, catalog.clusterOrder.length === 0 ? null : { ids: catalog.clusterOrder });
  const rows = [...(dataOf(q)?.compareClusters.reports ?? [])].sort((a, b) => a.scorecard.rank - b.scorecard.rank);
  const channels = rows[0]?.scorecard.channels.filter((c) => c.channel !== 'DIGITALISATION').map((c) => c.channel) ?? [];
  return (
    <section className="card wide" data-testid="comparison">
      <h3>Compared with the other clusters</h3>
      {q.status === 'error' ? <ErrorState error={q.error} onRetry={q.retry} /> : null}
      {q.status === 'loading' ? <Loading /> : null}
      <div style={{ overflowX: 'auto' }}>
        <table className="data">
          <thead>
            <tr>
              <th className="num">rank</th>
              <th>cluster</th>
              <th>strategy</th>
              <th className="num">composite</th>
              {channels.map((c) => (
                <th key={c} className="num" title={channelLabel(c)}>
                  {channelLabel(c).split(' ')[0]}
                </th>
              ))}
              <th className="num">coverage</th>
              <th className="num">density</th>
              <th className="num">E-I</th>
              <th className="num">members</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.clusterId} style={r.clusterId === id ? { background: '#e8eef8', fontWeight: 600 } : undefined}>
                <td className="num">{r.scorecard.rank}</td>
                <td>
                  <a href={hrefOf('cluster', r.clusterId)}>{r.name}</a>
                </td>
                <td>{titleCase(r.strategy.dominant)}</td>
                <td className="num">{fmt(r.scorecard.composite)}</td>
                {channels.map((c) => (
                  <td key={c} className="num">
                    {fmt(r.scorecard.channels.find((x) => x.channel === c)?.score ?? null)}
                  </td>
                ))}
                <td className="num">{pct(r.scorecard.coverage)}</td>
                <td className="num">{fmt(r.cooperation.density, 3)}</td>
                <td className="num">{fmt(r.cooperation.eiIndex)}</td>
                <td className="num">{r.cooperation.size.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ClusterPage({ id, catalog }: { id: string; catalog: Catalog }): ReactNode {
  const facts = useQuery(CLUSTER, { id });
  const report = useQuery(CLUSTER_REPORT, { id });
  const hubs = useQuery(HUB_FIRMS, { scope: { clusterIds: [id] }, rankBy: 'COMPOSITE', limit: 8 });
  const brokers = useQuery(HUB_FIRMS, { scope: { all: true }, rankBy: 'BETWEENNESS', roles: [...BROKER_ROLES], limit: 200 });
  const c = dataOf(facts)?.cluster ?? null;
  const r = dataOf(report)?.cluster?.report ?? null;
  const brokerRows = (dataOf(brokers)?.hubFirms.firms ?? []).filter((f) => f.clusterIds.includes(id)).slice(0, 6);
  if (facts.status === 'error') return <ErrorState error={facts.error} onRetry={facts.retry} />;
  return (
    <div className="page" data-testid="cluster-page">
      <div className="page-head">
        <h1>{c?.name ?? catalog.clusterNames.get(id) ?? id}</h1>
        {c ? (
          <span className="muted">
            {c.sector} {c.sectorName} · {c.region?.name ?? ''} · founded {c.founded ?? '—'} · {c.members.totalCount} members
          </span>
        ) : null}
        <span className="spacer" style={{ flex: 1 }} />
        <a className="btn" href={hrefOf('map')}>
          ← Cluster map
        </a>
        <a className="btn" href={hrefOf('explore', null, `scope=clusters:${encodeURIComponent(id)}&color=cluster`)}>
          Open in explorer
        </a>
        <a className="btn" href={hrefOf('whatif', null, `scope=${encodeURIComponent(id)}`)}>
          What-if
        </a>
      </div>
      <div className="cards">
        <section className="card wide">
          <h3>Member network</h3>
          <MemberNetwork clusterId={id} catalog={catalog} />
        </section>
        {report.status === 'error' ? <ErrorState error={report.error} onRetry={report.retry} /> : null}
        {r === null && report.status !== 'error' ? <Loading label="Computing cluster measures…" /> : null}
        {r !== null ? (
          <>
            <Cooperation r={r} />
            <Strategy r={r} />
            <Scorecard r={r} />
            <Checklist r={r} />
          </>
        ) : null}
        <section className="card" data-testid="top-hubs">
          <h3>Top hub firms</h3>
          {hubs.status === 'error' ? <ErrorState error={hubs.error} /> : <HubTable firms={dataOf(hubs)?.hubFirms.firms ?? []} />}
        </section>
        <section className="card" data-testid="brokers">
          <h3>Brokers to other clusters</h3>
          {brokers.status === 'loading' ? <Loading /> : brokerRows.length === 0 ? <p className="muted">No connector among its members.</p> : <HubTable firms={brokerRows} />}
        </section>
        <Comparison id={id} catalog={catalog} />
      </div>
    </div>
  );
}
