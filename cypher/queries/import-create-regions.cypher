// Fast path of the first import into an empty label: CREATE instead of MERGE (the validator has
// already guaranteed unique ids, and the constraint backs it up).
UNWIND $rows AS row
CREATE (n:Region)
SET n = row.props, n._hash = row.hash
RETURN count(*) AS created, 0 AS updated
