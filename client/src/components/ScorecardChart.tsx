/**
 * The six-channel scorecard as an SVG bar chart: one bar per channel (score 0..1 after
 * normalisation), its data coverage as a thin bar beneath, the weight beside it.
 */
import type { ReactNode } from 'react';
import type { ChannelView } from '../api/analytics.ts';
import { fmt, pct, titleCase } from '../format.ts';

const LABELS: Record<string, string> = {
  ECONOMIC_GROWTH_INNOVATION: 'Growth & innovation',
  JOBS_QUALITY_OF_LIFE: 'Jobs & quality of life',
  SOCIAL_DEVELOPMENT: 'Social development',
  ENVIRONMENT: 'Environment',
  GEOGRAPHY_INFRASTRUCTURE: 'Geography & infrastructure',
  INTERNATIONAL_COMPETITIVENESS: 'International competitiveness',
  DIGITALISATION: 'Digitalisation',
};

export function channelLabel(c: string): string {
  return LABELS[c] ?? titleCase(c);
}

export function ScorecardChart({ channels }: { channels: readonly ChannelView[] }): ReactNode {
  const rowH = 38;
  const labelW = 200;
  const barW = 300;
  const h = channels.length * rowH + 24;
  return (
    <svg className="chart" viewBox={`0 0 ${labelW + barW + 110} ${h}`} width="100%" role="img" aria-label="Scorecard by channel" data-testid="scorecard-chart">
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <g key={t}>
          <line x1={labelW + t * barW} x2={labelW + t * barW} y1={0} y2={h - 18} stroke="#e2e5ea" />
          <text x={labelW + t * barW} y={h - 4} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      {channels.map((c, i) => {
        const y = i * rowH + 4;
        const score = c.score ?? 0;
        return (
          <g key={c.channel}>
            <title>{`${channelLabel(c.channel)}: ${fmt(c.score)} (weight ${fmt(c.weight)}, coverage ${pct(c.coverage)})`}</title>
            <text x={labelW - 8} y={y + 14} textAnchor="end" style={{ fontWeight: 600, fill: c.weight === 0 ? '#9aa3b2' : undefined }}>
              {channelLabel(c.channel)}
            </text>
            <rect x={labelW} y={y} width={barW} height={18} fill="#f0f2f5" rx={3} />
            {c.score === null ? (
              <text x={labelW + 6} y={y + 13} style={{ fill: '#9aa3b2' }}>
                no data
              </text>
            ) : (
              <rect x={labelW} y={y} width={Math.max(2, score * barW)} height={18} fill={c.weight === 0 ? '#9DB7E0' : '#2F5D9E'} rx={3} />
            )}
            <rect x={labelW} y={y + 22} width={barW} height={4} fill="#f0f2f5" rx={2} />
            <rect x={labelW} y={y + 22} width={c.coverage * barW} height={4} fill="#59A14F" rx={2} />
            <text x={labelW + barW + 8} y={y + 14}>
              {fmt(c.score)} · w {fmt(c.weight)}
            </text>
            <text x={labelW + barW + 8} y={y + 27} style={{ fill: '#59A14F' }}>
              {pct(c.coverage)} data
            </text>
          </g>
        );
      })}
    </svg>
  );
}
