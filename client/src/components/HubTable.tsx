/** A compact list of ranked organisations (top hub firms, brokers) linking into the explorer. */
import type { ReactNode } from 'react';
import { ROLE_LABELS, type HubFirmRow } from '../api/analytics.ts';
import { fmt } from '../format.ts';
import { hrefOf } from '../hooks/useHashRoute.ts';
import { KindDot } from './KindDot.tsx';

export function HubTable({ firms, testId }: { firms: readonly HubFirmRow[]; testId?: string }): ReactNode {
  return (
    <table className="data" data-testid={testId}>
      <thead>
        <tr>
          <th className="num">#</th>
          <th>organisation</th>
          <th>role</th>
          <th className="num">PageRank</th>
          <th className="num">betweenness</th>
          <th className="num">P</th>
        </tr>
      </thead>
      <tbody>
        {firms.map((f) => (
          <tr key={f.organizationId}>
            <td className="num">{f.rank}</td>
            <td>
              <KindDot kind={f.kind} /> <a href={hrefOf('explore', null, `scope=focus:${encodeURIComponent(f.organizationId)}:1&sel=${encodeURIComponent(f.organizationId)}`)}>{f.name}</a>
            </td>
            <td>{ROLE_LABELS[f.role]}</td>
            <td className="num">{fmt(f.pagerank, 4)}</td>
            <td className="num">{fmt(f.betweenness, 3)}</td>
            <td className="num">{fmt(f.participation)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
