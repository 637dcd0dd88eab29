// One alliance as stored (the base of a partial update).
MATCH (n:Alliance {id: $id})
RETURN properties(n) AS props
