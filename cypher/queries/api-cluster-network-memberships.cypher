// Members of the clusters $ids as of $asOf: one row per organisation with the clusters of $ids it
// belongs to (each once). The inter-cluster ties are counted from these in the service.
MATCH (o:Organization)-[m:MEMBER_OF]->(c:Cluster)
WHERE c.id IN $ids
  AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
RETURN o.id AS organizationId, collect(DISTINCT c.id) AS clusterIds
