// Upserts clusters and their LOCATED_IN region. Unchanged rows (same content hash) are skipped; a
// changed row replaces the node's properties and moves its LOCATED_IN if regionId changed.
UNWIND $rows AS row
MERGE (n:Cluster {id: row.id})
WITH n, row, n._hash IS NULL AS created
WHERE created OR n._hash <> row.hash
SET n = row.props
SET n._hash = row.hash
WITH n, row, created
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(r:Region)
  WHERE row.regionId IS NULL OR r.id <> row.regionId
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.regionId IS NOT NULL
  MATCH (r:Region {id: row.regionId})
  MERGE (n)-[:LOCATED_IN]->(r)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN NOT created THEN 1 END) AS updated
