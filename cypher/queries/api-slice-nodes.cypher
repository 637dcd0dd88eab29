// Graph-slice nodes for the entities $ids (organisations, clusters, alliances, regions; each
// found through its label's id index), with the clusters of organisations as of $asOf, primary
// membership first. Unknown ids give no row.
CALL () {
  UNWIND $ids AS id MATCH (n:Organization {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Cluster {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Alliance {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Region {id: id}) RETURN n
}
CALL (n) {
  OPTIONAL MATCH (n)-[m:MEMBER_OF]->(c:Cluster)
  WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
  WITH m, c ORDER BY CASE m.role WHEN 'COORDINATOR' THEN 0 WHEN 'CORE' THEN 1 ELSE 2 END, m.since, c.id
  RETURN collect(c.id) AS clusterIds
}
RETURN labels(n) AS labels, n {.id, .name, .kind, .sector, .regionId} AS node, clusterIds
