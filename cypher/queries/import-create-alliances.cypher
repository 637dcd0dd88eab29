// Fast path into an empty label (see import-create-regions).
UNWIND $rows AS row
CREATE (n:Alliance)
SET n = row.props, n._hash = row.hash
RETURN count(*) AS created, 0 AS updated
