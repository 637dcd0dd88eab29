LOAD CSV WITH HEADERS FROM $base + 'alliance_members.csv' AS row
CALL (row) {
  MATCH (a:Alliance {id: row.allianceId})
  OPTIONAL MATCH (c:Cluster {id: row.memberId})
  OPTIONAL MATCH (o:Organization {id: row.memberId})
  WITH a, row, coalesce(c, o) AS m
  WHERE m IS NOT NULL
  MERGE (m)-[r:PARTY_TO]->(a)
  SET r.since = toInteger(row.since)
} IN TRANSACTIONS OF 5000 ROWS
