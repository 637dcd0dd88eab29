// Alliances by id (the per-request batch loader). Unknown ids give no row.
UNWIND $ids AS id
MATCH (a:Alliance {id: id})
RETURN a.id AS id, properties(a) AS props
