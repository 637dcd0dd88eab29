/** Queries of the analytics engine (network builder, write-back). */
export const ANALYTICS_QUERIES = [
  'network-context',
  'network-nodes',
  'network-edges',
  'analytics-write-measures',
  'analytics-clear-measures',
] as const;
