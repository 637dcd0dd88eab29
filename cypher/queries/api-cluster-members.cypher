// One page of members for each cluster in $ids, by organisation name then id, with the total.
// Filters: $kinds (organisation kinds), $roles (membership roles), $asOf (null = all years).
// Keyset paging: $after = {k: name, id} or null; $limit rows per cluster (page size + 1).
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
CALL (c) {
  MATCH (o:Organization)-[m:MEMBER_OF]->(c)
  WHERE ($kinds IS NULL OR o.kind IN $kinds) AND ($roles IS NULL OR m.role IN $roles) AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
  RETURN count(*) AS total
}
CALL (c) {
  MATCH (o:Organization)-[m:MEMBER_OF]->(c)
  WHERE ($kinds IS NULL OR o.kind IN $kinds) AND ($roles IS NULL OR m.role IN $roles) AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
    AND ($after IS NULL OR o.name > $after.k OR (o.name = $after.k AND o.id > $after.id))
  WITH o, m ORDER BY o.name, o.id LIMIT toInteger($limit)
  RETURN collect({organization: properties(o), role: m.role, since: m.since, until: m.until}) AS items
}
RETURN id, total, items
