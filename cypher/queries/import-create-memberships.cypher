// Fast path when no MEMBER_OF exists yet: CREATE instead of MERGE (identities are unique).
UNWIND $rows AS row
MATCH (o:Organization {id: row.sourceId})
MATCH (c:Cluster {id: row.targetId})
CREATE (o)-[r:MEMBER_OF]->(c)
SET r = row.props, r._hash = row.hash
RETURN count(*) AS created, 0 AS updated
