// Upserts MEMBER_OF, identified by (organization, cluster).
UNWIND $rows AS row
MATCH (o:Organization {id: row.sourceId})
MATCH (c:Cluster {id: row.targetId})
MERGE (o)-[r:MEMBER_OF]->(c)
WITH r, row, r._hash IS NULL AS created
WHERE created OR r._hash <> row.hash
SET r = row.props
SET r._hash = row.hash
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN NOT created THEN 1 END) AS updated
