// Cluster memberships of each organisation in $ids valid as of $asOf (null = all years),
// primary first: COORDINATOR, CORE, ASSOCIATE, then earliest since, then cluster id.
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[m:MEMBER_OF]->(c:Cluster)
WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
WITH id, o, m, c
ORDER BY CASE m.role WHEN 'COORDINATOR' THEN 0 WHEN 'CORE' THEN 1 ELSE 2 END, m.since, c.id
RETURN id, collect({organization: properties(o), cluster: properties(c), role: m.role, since: m.since, until: m.until}) AS items
