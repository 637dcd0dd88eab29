/**
 * Static costs of the catalog's expensive fields (see server/graphql/limits/cost.ts: a field's
 * cost is multiplied by the page arguments above it). Imported by the catalog resolvers so the
 * costs are registered whenever the schema is.
 */
import { registerFieldCosts } from '../graphql/limits/cost.ts';

registerFieldCosts({
  // Two queries (a page and, when asked, a count over every matching organisation).
  'Query.organizations': 5,
  'Query.clusters': 2,
  // A paged member list per cluster (batched, but each page reads all members to count them).
  'Cluster.members': 3,
  // Tie lists are unbounded: a hub firm has 150+ ties.
  'Organization.suppliers': 3,
  'Organization.customers': 3,
  'Organization.collaborators': 3,
  'Organization.investors': 2,
  'Organization.investments': 2,
  // Variable-length PART_OF walk.
  'Region.clusters': 2,
  // Lucene query over every name.
  'Query.search': 10,
  // One query per hop plus nodes and edges; up to maxSliceNodes nodes.
  'Query.neighborhood': 50,
  // Scope scan plus every edge among up to maxSliceNodes nodes.
  'Query.subgraph': 100,
  // SHORTEST path search, up to 6 hops, around hub firms.
  'Query.shortestPaths': 50,
  // Scans every membership × tie between the selected clusters.
  'Query.clusterNetwork': 50,
});
