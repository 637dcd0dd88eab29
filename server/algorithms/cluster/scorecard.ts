/**
 * The sustainability scorecard of the seed's six channels of influence, plus digitalisation:
 * raw indicators per cluster (indicators.ts), normalised across the compared clusters
 * (normalise.ts), aggregated with visible weights (OECD/JRC Handbook on Constructing Composite
 * Indicators, 2008: linear aggregation of normalised indicators with explicit weights).
 *
 *   channel score = Σ_i w_i · x̂_i / Σ_i w_i over the channel's indicators with a value
 *                   (weights renormalised over what is present; null when none is);
 *   composite     = Σ_ch W_ch · score_ch / Σ_ch W_ch over channels with a score.
 * Default weights: every indicator 1 within its channel; the six channels 1 each and
 * DIGITALISATION 0 (reported beside the composite, the seed names it apart). A request may
 * override any weight (≥ 0). Coverage of a channel = mean coverage of its indicators (an
 * indicator without a value has coverage 0), shown beside every score.
 */
import { BadUserInputError } from '../../errors.ts';
import { CHANNELS, INDICATORS, INDICATOR_KEYS, type Channel, type IndicatorKey, type RawIndicator } from './indicators.ts';
import { normalise, type Normalisation } from './normalise.ts';

export interface ScorecardWeights {
  channels?: Partial<Record<Channel, number>>;
  indicators?: Partial<Record<IndicatorKey, number>>;
}

export interface ResolvedWeights {
  channels: Record<Channel, number>;
  indicators: Record<IndicatorKey, number>;
}

export interface IndicatorScore {
  key: IndicatorKey;
  label: string;
  higherIsBetter: boolean;
  value: number | null;
  normalised: number | null;
  weight: number;
  coverage: number;
}

export interface ChannelScore {
  channel: Channel;
  score: number | null;
  weight: number;
  coverage: number;
  indicators: IndicatorScore[];
}

export interface Scorecard {
  clusterId: string;
  normalisation: Normalisation;
  composite: number | null;
  /** 1 = best composite among the compared clusters (null composite ranks last). */
  rank: number;
  channels: ChannelScore[];
  /** The digitalisation channel's score, repeated for convenience. */
  digitalisation: number | null;
  /** Mean coverage over the channels with weight > 0. */
  coverage: number;
}

export const DEFAULT_CHANNEL_WEIGHTS: Record<Channel, number> = {
  ECONOMIC_GROWTH_INNOVATION: 1,
  JOBS_QUALITY_OF_LIFE: 1,
  SOCIAL_DEVELOPMENT: 1,
  ENVIRONMENT: 1,
  GEOGRAPHY_INFRASTRUCTURE: 1,
  INTERNATIONAL_COMPETITIVENESS: 1,
  DIGITALISATION: 0,
};

function checked(w: number | undefined, what: string): number | undefined {
  if (w === undefined) return undefined;
  if (!Number.isFinite(w) || w < 0) throw new BadUserInputError(`scorecard weight of ${what} must be a number ≥ 0`, { what, weight: w });
  return w;
}

export function resolveWeights(w: ScorecardWeights = {}): ResolvedWeights {
  const channels = { ...DEFAULT_CHANNEL_WEIGHTS };
  for (const ch of CHANNELS) channels[ch] = checked(w.channels?.[ch], ch) ?? channels[ch];
  for (const key of Object.keys(w.channels ?? {})) {
    if (!(CHANNELS as readonly string[]).includes(key)) throw new BadUserInputError(`unknown scorecard channel '${key}'`, { key });
  }
  const indicators = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, checked(w.indicators?.[k], k) ?? 1])) as Record<IndicatorKey, number>;
  for (const key of Object.keys(w.indicators ?? {})) {
    if (!(INDICATOR_KEYS as string[]).includes(key)) throw new BadUserInputError(`unknown scorecard indicator '${key}'`, { key });
  }
  if (CHANNELS.every((ch) => channels[ch] === 0)) throw new BadUserInputError('scorecard weights: at least one channel needs a weight > 0', {});
  return { channels, indicators };
}

function weightedMean(pairs: readonly [number | null, number][]): number | null {
  let s = 0;
  let w = 0;
  for (const [x, wt] of pairs) {
    if (x === null || wt === 0) continue;
    s += x * wt;
    w += wt;
  }
  return w > 0 ? s / w : null;
}

/** Scorecards of the compared clusters; `raw[i]` are cluster i's raw indicators. */
export function scorecards(
  clusterIds: readonly string[],
  raw: readonly (readonly RawIndicator[])[],
  options: { normalisation?: Normalisation; weights?: ScorecardWeights } = {},
): Scorecard[] {
  const method = options.normalisation ?? 'MIN_MAX';
  const weights = resolveWeights(options.weights);
  const byKey = new Map<IndicatorKey, (number | null)[]>();
  for (const key of INDICATOR_KEYS) {
    const values = raw.map((r) => r.find((x) => x.key === key)?.value ?? null);
    byKey.set(key, normalise(values, method, INDICATORS[key].higherIsBetter));
  }
  const cards = clusterIds.map((clusterId, i): Scorecard => {
    const channels = CHANNELS.map((channel): ChannelScore => {
      const indicators = INDICATOR_KEYS.filter((k) => INDICATORS[k].channel === channel).map((key): IndicatorScore => {
        const r = raw[i]?.find((x) => x.key === key);
        return {
          key,
          label: INDICATORS[key].label,
          higherIsBetter: INDICATORS[key].higherIsBetter,
          value: r?.value ?? null,
          normalised: byKey.get(key)?.[i] ?? null,
          weight: weights.indicators[key],
          coverage: r?.coverage ?? 0,
        };
      });
      return {
        channel,
        score: weightedMean(indicators.map((x) => [x.normalised, x.weight])),
        weight: weights.channels[channel],
        coverage: indicators.length > 0 ? indicators.reduce((s, x) => s + x.coverage, 0) / indicators.length : 0,
        indicators,
      };
    });
    const weighted = channels.filter((ch) => ch.weight > 0);
    return {
      clusterId,
      normalisation: method,
      composite: weightedMean(channels.map((ch) => [ch.score, ch.weight])),
      rank: 0,
      channels,
      digitalisation: channels.find((ch) => ch.channel === 'DIGITALISATION')?.score ?? null,
      coverage: weighted.length > 0 ? weighted.reduce((s, ch) => s + ch.coverage, 0) / weighted.length : 0,
    };
  });
  const order = cards.map((_, i) => i).sort((a, b) => (cards[b]?.composite ?? -Infinity) - (cards[a]?.composite ?? -Infinity) || a - b);
  order.forEach((i, r) => {
    const card = cards[i];
    if (card !== undefined) card.rank = r + 1;
  });
  return cards;
}
