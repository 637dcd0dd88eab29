/** Queries behind the GraphQL API's reads and writes. */
export const API_QUERIES = [] as const;
