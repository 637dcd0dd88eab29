// Deletes up to $limit nodes of the cluster graph with their relationships (tests, --replace).
MATCH (n)
WHERE n:Region OR n:Cluster OR n:Organization OR n:Alliance OR n:ImportRun OR n:AtlasMeta
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
