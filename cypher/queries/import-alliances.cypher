// Upserts alliances (skipping unchanged rows, as for every entity).
UNWIND $rows AS row
MERGE (n:Alliance {id: row.id})
WITH n, row, n._hash IS NULL AS created
WHERE created OR n._hash <> row.hash
SET n = row.props
SET n._hash = row.hash
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN NOT created THEN 1 END) AS updated
