MATCH (o:Organization)-[r:MEMBER_OF]->(c:Cluster)
RETURN o.id AS sourceId, c.id AS targetId, properties(r) AS props
ORDER BY sourceId, targetId
