// Fast path when no COLLABORATES_WITH exists yet: CREATE instead of MERGE (identities are unique).
UNWIND $rows AS row
MATCH (a:Organization {id: row.sourceId})
MATCH (b:Organization {id: row.targetId})
CREATE (a)-[r:COLLABORATES_WITH]->(b)
SET r = row.props, r._hash = row.hash
RETURN count(*) AS created, 0 AS updated
