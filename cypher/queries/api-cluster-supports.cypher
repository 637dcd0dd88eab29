// Supporters (SUPPORTS) of each cluster in $ids valid as of $asOf, largest amount first.
UNWIND $ids AS id
MATCH (o:Organization)-[r:SUPPORTS]->(c:Cluster {id: id})
WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
WITH id, o, c, r ORDER BY coalesce(r.amount, r.value, 0) DESC, o.id, r.program
RETURN id, collect({organization: properties(o), cluster: properties(c), kind: r.kind, program: r.program, amount: coalesce(r.amount, r.value), weight: r.weight, since: r.since, until: r.until}) AS items
