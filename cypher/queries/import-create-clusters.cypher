// Fast path into an empty label (see import-create-regions), with the LOCATED_IN region.
UNWIND $rows AS row
CREATE (n:Cluster)
SET n = row.props, n._hash = row.hash
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.regionId IS NOT NULL
  MATCH (r:Region {id: row.regionId})
  CREATE (n)-[:LOCATED_IN]->(r)
}
RETURN count(*) AS created, 0 AS updated
