// Up to 10 shortest paths from $from to $to (any entity; found through its label's id index)
// over relationships of $types (from the RelationshipType enum), in either direction, valid as
// of $asOf, at most $maxLength (≤ 6) long. SHORTEST takes only a literal count, so the service
// asks for 10, drops paths that repeat a node sequence through parallel ties, and keeps k ≤ 5.
CALL () {
  MATCH (n:Organization {id: $from}) RETURN n AS a
  UNION MATCH (n:Cluster {id: $from}) RETURN n AS a
  UNION MATCH (n:Alliance {id: $from}) RETURN n AS a
  UNION MATCH (n:Region {id: $from}) RETURN n AS a
}
CALL () {
  MATCH (n:Organization {id: $to}) RETURN n AS b
  UNION MATCH (n:Cluster {id: $to}) RETURN n AS b
  UNION MATCH (n:Alliance {id: $to}) RETURN n AS b
  UNION MATCH (n:Region {id: $to}) RETURN n AS b
}
MATCH p = SHORTEST 10 (a)(()-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN WHERE type(r) IN $types AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))]-()){1,6}(b)
WHERE length(p) <= $maxLength
RETURN [x IN nodes(p) | x.id] AS ids,
  [x IN relationships(p) | {type: type(x), source: startNode(x).id, target: endNode(x).id, kind: coalesce(x.role, x.kind),
    weight: x.weight, value: coalesce(x.value, x.amount), since: x.since, until: x.until}] AS rels
ORDER BY length(p)
