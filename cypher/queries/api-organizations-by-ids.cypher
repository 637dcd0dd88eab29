// Organisations by id (the per-request batch loader). Unknown ids give no row.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o.id AS id, properties(o) AS props
