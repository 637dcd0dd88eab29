LOAD CSV WITH HEADERS FROM $base + 'memberships.csv' AS row
CALL (row) {
  MATCH (o:Organization {id: row.organizationId})
  MATCH (c:Cluster {id: row.clusterId})
  MERGE (o)-[r:MEMBER_OF]->(c)
  SET r.role = coalesce(row.role, 'CORE'), r.since = toInteger(row.since)
} IN TRANSACTIONS OF 5000 ROWS
