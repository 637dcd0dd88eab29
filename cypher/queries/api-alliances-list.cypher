// Every alliance, by name and id.
MATCH (a:Alliance)
RETURN properties(a) AS props
ORDER BY a.name, a.id
