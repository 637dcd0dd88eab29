// Fast path when no MEMBER_OF exists yet: CREATE instead of MERGE (identities are unique).
// Rows are positional lists [sourceId, targetId, props, hash]: a million maps' repeated keys
// cost more to encode and send over Bolt than the values they carry.
UNWIND $rows AS row
MATCH (o:Organization {id: row[0]})
MATCH (c:Cluster {id: row[1]})
CREATE (o)-[r:MEMBER_OF]->(c)
SET r = row[2], r._hash = row[3]
RETURN count(*) AS created, 0 AS updated
