// Upserts PARTY_TO from a cluster or an organisation (row.memberIsCluster says which, decided
// by the validator) to an alliance, identified by (member, alliance).
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
MERGE (m)-[r:PARTY_TO]->(a)
WITH r, row, r._hash IS NULL AS created
WHERE created OR r._hash <> row.hash
SET r = row.props
SET r._hash = row.hash
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN NOT created THEN 1 END) AS updated
