LOAD CSV WITH HEADERS FROM $base + 'clusters.csv' AS row
CALL (row) {
  MERGE (n:Cluster {id: row.id})
  SET n.name = row.name, n.sector = row.sector, n.founded = toInteger(row.founded), n.regionId = row.regionId
  WITH n, row
  MATCH (r:Region {id: row.regionId})
  MERGE (n)-[:LOCATED_IN]->(r)
} IN TRANSACTIONS OF 5000 ROWS
