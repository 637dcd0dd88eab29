// Deletes a cluster with all its relationships, and says how many went with it.
MATCH (n:Cluster {id: $id})
CALL (n) { MATCH (n)-[r]-() RETURN count(r) AS rels }
DETACH DELETE n
RETURN rels
