/**
 * The seed's three strategies of cluster regulation (domain.md), each scored in [0, 1] as a
 * weighted mean of components in [0, 1], with every component shown as evidence. The weights are
 * the engine's judgement (stated here and returned with each score); the components are the
 * measures domain.md names for each strategy.
 *
 * SPECIALISATION = 0.40 · (1 − EI)/2                       inward orientation (Krackhardt–Stern)
 *                + 0.35 · HHI of employment by sector      (member-count HHI if no employment)
 *                + 0.25 · min(1, density / 0.10)           internal density, saturating at 0.10
 * HUBBING        = 0.40 · (1 + EI)/2                       outward orientation
 *                + 0.30 · (non-local share + international share)/2   reach to other regions/countries
 *                + 0.30 · share of external ties to centres           partners in the top PageRank decile
 * INTEGRATION    = 0.30 · cross-sector share of internal ties
 *                + 0.25 · cross-sector share of external ties
 *                + 0.20 · share of external ties to members of other clusters
 *                + 0.25 · min(1, cross-cluster alliances / 3)
 * A component whose measure is undefined (null: e.g. no external tie) contributes 0. The density
 * reference 0.10 (one possible pair in ten tied) is "dense" for inter-organisational networks;
 * three alliances saturate the alliance component.
 *
 * Dominant: the highest score, or MIXED when the top two are within MIXED_MARGIN (0.05, i.e. five
 * points on the 0..1 scale) of each other.
 */
import type { Cooperation } from './cooperation.ts';

export const STRATEGIES = ['SPECIALISATION', 'HUBBING', 'INTEGRATION'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export type DominantStrategy = Strategy | 'MIXED';

export const MIXED_MARGIN = 0.05;
export const DENSITY_REFERENCE = 0.1;
export const ALLIANCE_SATURATION = 3;

export interface StrategyEvidence {
  /** Which measure. */
  measure: string;
  /** The measure's own value (null when undefined for this cluster). */
  value: number | null;
  /** Its component score in [0, 1]. */
  score: number;
  weight: number;
  /** weight · score. */
  contribution: number;
}

export interface StrategyScore {
  strategy: Strategy;
  score: number;
  formula: string;
  evidence: StrategyEvidence[];
}

export interface StrategyAssessment {
  clusterId: string;
  scores: StrategyScore[];
  dominant: DominantStrategy;
  /** The highest-scoring strategy even when MIXED. */
  leading: Strategy;
  /** Score of the leader minus the runner-up. */
  margin: number;
  mixedMargin: number;
}

type Part = [measure: string, value: number | null, score: number, weight: number];

function scored(strategy: Strategy, formula: string, parts: Part[]): StrategyScore {
  const evidence = parts.map(([measure, value, score, weight]) => {
    const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
    return { measure, value, score: s, weight, contribution: s * weight };
  });
  return { strategy, formula, score: evidence.reduce((t, e) => t + e.contribution, 0), evidence };
}

const or0 = (x: number | null): number => x ?? 0;

export function strategyScores(co: Cooperation): StrategyScore[] {
  const sc = co.sectorConcentration;
  const hhi = sc.employmentHhi ?? sc.countHhi;
  const geo = co.geography;
  const reach = geo.nonLocalShare === null ? null : (or0(geo.nonLocalShare) + or0(geo.internationalShare)) / 2;
  const alliances = co.crossClusterAlliances.length;
  return [
    scored('SPECIALISATION', '0.40·(1−EI)/2 + 0.35·sectorHHI + 0.25·min(1, density/0.10)', [
      ['eiIndex', co.eiIndex, (1 - co.eiIndex) / 2, 0.4],
      ['sectorHhi', hhi, or0(hhi), 0.35],
      ['density', co.density, co.density / DENSITY_REFERENCE, 0.25],
    ]),
    scored('HUBBING', '0.40·(1+EI)/2 + 0.30·(nonLocalShare+internationalShare)/2 + 0.30·centrePartnerShare', [
      ['eiIndex', co.eiIndex, (1 + co.eiIndex) / 2, 0.4],
      ['reachShare', reach, or0(reach), 0.3],
      ['centrePartnerShare', co.centrePartnerShare, or0(co.centrePartnerShare), 0.3],
    ]),
    scored(
      'INTEGRATION',
      '0.30·crossSectorShare + 0.25·crossSectorExternalShare + 0.20·otherClusterShare + 0.25·min(1, alliances/3)',
      [
        ['crossSectorShare', co.crossSectorShare, or0(co.crossSectorShare), 0.3],
        ['crossSectorExternalShare', co.crossSectorExternalShare, or0(co.crossSectorExternalShare), 0.25],
        ['otherClusterShare', co.otherClusterShare, or0(co.otherClusterShare), 0.2],
        ['crossClusterAlliances', alliances, alliances / ALLIANCE_SATURATION, 0.25],
      ],
    ),
  ];
}

export function dominantOf(scores: readonly StrategyScore[], margin = MIXED_MARGIN): { dominant: DominantStrategy; leading: Strategy; margin: number } {
  const ranked = [...scores].sort((a, b) => b.score - a.score || STRATEGIES.indexOf(a.strategy) - STRATEGIES.indexOf(b.strategy));
  const first = ranked[0];
  const second = ranked[1];
  if (first === undefined) return { dominant: 'MIXED', leading: 'SPECIALISATION', margin: 0 };
  const gap = second === undefined ? first.score : first.score - second.score;
  return { dominant: gap < margin ? 'MIXED' : first.strategy, leading: first.strategy, margin: gap };
}

export function assessStrategy(co: Cooperation, margin = MIXED_MARGIN): StrategyAssessment {
  const scores = strategyScores(co);
  return { clusterId: co.clusterId, scores, ...dominantOf(scores, margin), mixedMargin: margin };
}
