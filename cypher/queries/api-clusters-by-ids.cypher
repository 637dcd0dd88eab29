// Clusters by id (the per-request batch loader). Unknown ids give no row.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
RETURN c.id AS id, properties(c) AS props
