// A whole neighbourhood in one statement (one round trip instead of one per hop plus nodes and
// edges). Breadth-first from the entity $id over relationships whose type is in $types (from the
// RelationshipType enum), valid as of $asOf, to organisations of $kinds (null = any) and to
// clusters, alliances and regions, up to $depth hops and $limit nodes. Within a hop, candidates
// are ranked as the cap needs them: ties to the hop before (links), then relationships (ties),
// then id; a hop keeps what fits, and `truncated` says a candidate was left out (a hop that finds
// the slice already full and any unvisited neighbour also counts as cut). The centre is found
// through each label's id index; no row when it does not exist.
// Returns one row: `nodes` as [label, id, name, kind, sector, regionId, clusterIds, depth] and
// `edges` as [type, source, target, kind, [weight, value, since, until]] (positional lists: the
// driver decodes them about twice as fast as maps); clusterIds as of $asOf, primary membership
// first, only when $withClusterIds (else []); the edge details only when $withEdgeDetails (else
// null): the service leaves out what the operation does not read. Each relationship once,
// matched from its start node; kind is '' when absent (as stored), MEMBER_OF gives its role.
CALL () {
  MATCH (n:Organization {id: $id}) RETURN n
  UNION
  MATCH (n:Cluster {id: $id}) RETURN n
  UNION
  MATCH (n:Alliance {id: $id}) RETURN n
  UNION
  MATCH (n:Region {id: $id}) RETURN n
}
WITH n AS centre LIMIT 1
CALL (centre) {
  MATCH (centre)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN]-(b)
  WHERE $depth >= 1 AND type(r) IN $types
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
    AND (b:Organization OR b:Cluster OR b:Alliance OR b:Region)
    AND b.id <> centre.id
    AND ($kinds IS NULL OR NOT b:Organization OR b.kind IN $kinds)
  WITH b, count(r) AS ties
  ORDER BY ties DESC, b.id
  RETURN collect(b) AS found1
}
WITH centre, found1[0..$limit - 1] AS hop1, size(found1) > $limit - 1 AS cut1
CALL (centre, hop1, cut1) {
  WITH centre, hop1 WHERE NOT cut1 AND $depth >= 2
  WITH hop1, [centre.id] + [x IN hop1 | x.id] AS visited
  UNWIND hop1 AS n
  MATCH (n)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN]-(b)
  WHERE type(r) IN $types
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
    AND (b:Organization OR b:Cluster OR b:Alliance OR b:Region)
    AND NOT b.id IN visited
    AND ($kinds IS NULL OR NOT b:Organization OR b.kind IN $kinds)
  WITH b, count(DISTINCT n) AS links, count(r) AS ties
  ORDER BY links DESC, ties DESC, b.id
  RETURN collect(b) AS found2
}
WITH centre, hop1, cut1, found2[0..$limit - 1 - size(hop1)] AS hop2, size(found2) > $limit - 1 - size(hop1) AS cut2
CALL (centre, hop1, hop2, cut1, cut2) {
  WITH centre, hop1, hop2 WHERE NOT cut1 AND NOT cut2 AND $depth >= 3
  WITH hop2, [centre.id] + [x IN hop1 + hop2 | x.id] AS visited
  UNWIND hop2 AS n
  MATCH (n)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN]-(b)
  WHERE type(r) IN $types
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
    AND (b:Organization OR b:Cluster OR b:Alliance OR b:Region)
    AND NOT b.id IN visited
    AND ($kinds IS NULL OR NOT b:Organization OR b.kind IN $kinds)
  WITH b, count(DISTINCT n) AS links, count(r) AS ties
  ORDER BY links DESC, ties DESC, b.id
  RETURN collect(b) AS found3
}
WITH centre, hop1, hop2, cut1 OR cut2 OR size(found3) > $limit - 1 - size(hop1) - size(hop2) AS truncated,
  found3[0..$limit - 1 - size(hop1) - size(hop2)] AS hop3
WITH truncated, [{n: centre, depth: 0}] + [x IN hop1 | {n: x, depth: 1}] + [x IN hop2 | {n: x, depth: 2}] + [x IN hop3 | {n: x, depth: 3}] AS kept
WITH truncated, kept, [k IN kept | k.n.id] AS ids
CALL (kept) {
  UNWIND kept AS k
  WITH k.n AS n, k.depth AS depth
  WITH n, depth, CASE WHEN $withClusterIds THEN COLLECT {
    MATCH (n)-[m:MEMBER_OF]->(c:Cluster)
    WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
    WITH m, c ORDER BY CASE m.role WHEN 'COORDINATOR' THEN 0 WHEN 'CORE' THEN 1 ELSE 2 END, m.since, c.id
    RETURN c.id
  } ELSE [] END AS clusterIds
  RETURN collect([CASE WHEN n:Organization THEN 'ORGANIZATION' WHEN n:Cluster THEN 'CLUSTER' WHEN n:Alliance THEN 'ALLIANCE' ELSE 'REGION' END,
    n.id, n.name, n.kind, n.sector, n.regionId, clusterIds, depth]) AS nodes
}
CALL (kept, ids) {
  UNWIND kept AS k
  WITH k.n AS n, k.n.id AS source
  MATCH (n)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN]->(b)
  WHERE type(r) IN $types AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf))) AND b.id IN ids
  RETURN collect([type(r), source, b.id, coalesce(r.role, r.kind),
    CASE WHEN $withEdgeDetails THEN [r.weight, coalesce(r.value, r.amount), r.since, r.until] END]) AS edges
}
RETURN truncated, nodes, edges
