// Fast path when no INVESTS_IN exists yet: CREATE instead of MERGE (identities are unique).
// Rows are positional lists [sourceId, targetId, props, hash]: a million maps' repeated keys
// cost more to encode and send over Bolt than the values they carry.
UNWIND $rows AS row
MATCH (a:Organization {id: row[0]})
MATCH (b:Organization {id: row[1]})
CREATE (a)-[r:INVESTS_IN]->(b)
SET r = row[2], r._hash = row[3]
RETURN count(*) AS created, 0 AS updated
