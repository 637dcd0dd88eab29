// Regions by id (the per-request batch loader). Unknown ids give no row.
UNWIND $ids AS id
MATCH (r:Region {id: id})
RETURN r.id AS id, properties(r) AS props
