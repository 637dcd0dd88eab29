MATCH (m)-[r:PARTY_TO]->(a:Alliance)
WHERE m:Cluster OR m:Organization
RETURN a.id AS targetId, m.id AS sourceId, properties(r) AS props
ORDER BY targetId, sourceId
