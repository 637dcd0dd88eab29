/**
 * GraphQL inputs of the analytics area → the services' request shapes: nulls dropped (GraphQL
 * sends null for an absent optional field; the services take undefined), weight lists turned into
 * records. Validation proper (scopes, ranges, unknown keys) is the services' job.
 */
import { BadUserInputError } from '../errors.ts';
import type { ScorecardWeights } from '../algorithms/cluster/index.ts';
import type { BetweennessOptions, NetworkOptions, ScorecardWeightsInput } from '../graphql/generated.ts';
import type { BetweennessRequest } from '../services/analytics/node-measures.ts';
import type { NetworkOptions as ServiceNetworkOptions } from '../services/analytics/scope.ts';

/** `{ network }` when given, else nothing: spread into a request. */
export function networkOf(network: NetworkOptions | null | undefined): { network?: ServiceNetworkOptions } {
  return network == null ? {} : { network };
}

export function betweennessOf(b: BetweennessOptions | null | undefined): { betweenness?: BetweennessRequest } {
  if (b == null) return {};
  return {
    betweenness: {
      ...(b.mode != null ? { mode: b.mode } : {}),
      ...(b.epsilon != null ? { epsilon: b.epsilon } : {}),
      ...(b.seed != null ? { seed: b.seed } : {}),
    },
  };
}

/** Weight lists → the scorecard's records; a channel or indicator named twice is BAD_USER_INPUT. */
export function weightsOf(w: ScorecardWeightsInput | null | undefined): { weights?: ScorecardWeights } {
  if (w == null) return {};
  const channels: Record<string, number> = {};
  for (const { channel, weight } of w.channels ?? []) {
    if (channel in channels) throw new BadUserInputError(`scorecard weight of ${channel} given twice`, { field: 'weights.channels' });
    channels[channel] = weight;
  }
  const indicators: Record<string, number> = {};
  for (const { key, weight } of w.indicators ?? []) {
    if (Object.hasOwn(indicators, key)) throw new BadUserInputError(`scorecard weight of ${key} given twice`, { field: 'weights.indicators' });
    indicators[key] = weight;
  }
  // Keys are checked against the channel and indicator lists by the scorecard (BAD_USER_INPUT).
  return { weights: { channels, indicators } as ScorecardWeights };
}

/** Optional scalar arguments: `{ [key]: value }` when not null. */
export function given<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return value == null ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}
