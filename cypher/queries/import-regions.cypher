// Upserts regions. Rows whose content hash is unchanged are skipped, so a re-import writes
// nothing; changed rows get exactly the new properties (SET n = props drops removed values).
UNWIND $rows AS row
MERGE (n:Region {id: row.id})
WITH n, row, n._hash IS NULL AS created
WHERE created OR n._hash <> row.hash
SET n = row.props
SET n._hash = row.hash
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN NOT created THEN 1 END) AS updated
