/** Queries of the analytics engine (network builder, write-back). */
export const ANALYTICS_QUERIES = [] as const;
