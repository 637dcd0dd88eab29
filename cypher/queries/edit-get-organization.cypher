// One organization as stored (the base of a partial update).
MATCH (n:Organization {id: $id})
RETURN properties(n) AS props
