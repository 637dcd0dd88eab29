// Fast path when no PARTY_TO exists yet.
UNWIND $rows AS row
MATCH (a:Alliance {id: row.targetId})
CALL (row) {
  WITH row WHERE row.memberIsCluster
  MATCH (m:Cluster {id: row.sourceId})
  RETURN m
  UNION
  WITH row WHERE NOT row.memberIsCluster
  MATCH (m:Organization {id: row.sourceId})
  RETURN m
}
CREATE (m)-[r:PARTY_TO]->(a)
SET r = row.props, r._hash = row.hash
RETURN count(*) AS created, 0 AS updated
