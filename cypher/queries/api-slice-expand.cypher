// One breadth-first step of a neighbourhood: the entities tied to any of $ids by a relationship
// whose type is in $types (from the RelationshipType enum), valid as of $asOf, and not already
// in $visited; organisations only of $kinds (null = any). Per neighbour: how many of $ids it is
// tied to and by how many relationships (the service keeps the best-connected when capped).
CALL () {
  UNWIND $ids AS id MATCH (n:Organization {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Cluster {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Alliance {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Region {id: id}) RETURN n
}
MATCH (n)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN]-(b)
WHERE type(r) IN $types AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
  AND (b:Organization OR b:Cluster OR b:Alliance OR b:Region)
  AND NOT b.id IN $visited
  AND ($kinds IS NULL OR NOT b:Organization OR b.kind IN $kinds)
RETURN b.id AS id, labels(b) AS labels, b {.id, .name, .kind, .sector, .regionId} AS node,
  count(DISTINCT n) AS links, count(r) AS ties
