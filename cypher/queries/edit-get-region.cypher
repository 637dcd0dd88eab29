// One region as stored (the base of a partial update).
MATCH (n:Region {id: $id})
RETURN properties(n) AS props
