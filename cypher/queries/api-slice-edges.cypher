// The relationships among the entities $ids of the types $types, valid as of $asOf, each once
// (matched from its start node). kind is '' when absent (as stored); MEMBER_OF gives its role.
CALL () {
  UNWIND $ids AS id MATCH (n:Organization {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Cluster {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Alliance {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Region {id: id}) RETURN n
}
MATCH (n)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN]->(b)
WHERE type(r) IN $types AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf))) AND b.id IN $ids
RETURN type(r) AS type, n.id AS source, b.id AS target, coalesce(r.role, r.kind) AS kind, r.weight AS weight,
  coalesce(r.value, r.amount) AS value, r.since AS since, r.until AS until
