// Deletes up to $limit nodes of the cluster graph with their relationships (tests, --replace).
// The graph version (AtlasMeta) survives, so it only ever grows and caches keyed on it stay sound.
MATCH (n)
WHERE n:Region OR n:Cluster OR n:Organization OR n:Alliance OR n:ImportRun
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
