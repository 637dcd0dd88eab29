// One cluster as stored (the base of a partial update).
MATCH (n:Cluster {id: $id})
RETURN properties(n) AS props
