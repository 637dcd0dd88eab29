MATCH (n:Alliance)
RETURN properties(n) AS props
ORDER BY n.id
