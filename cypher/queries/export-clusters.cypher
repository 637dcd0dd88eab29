MATCH (n:Cluster)
OPTIONAL MATCH (n)-[:LOCATED_IN]->(r:Region)
RETURN properties(n) AS props, r.id AS regionId
ORDER BY n.id
