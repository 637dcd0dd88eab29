// Upserts SUPPLIES, identified by (source, target, kind); an absent kind is stored as '' because
// MERGE cannot match on null. 
UNWIND $rows AS row
MATCH (a:Organization {id: row.sourceId})
MATCH (b:Organization {id: row.targetId})
MERGE (a)-[r:SUPPLIES {kind: row.kind}]->(b)
WITH r, row, r._hash IS NULL AS created
WHERE created OR r._hash <> row.hash
SET r = row.props
SET r._hash = row.hash
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN NOT created THEN 1 END) AS updated
