// One page of clusters sorted by $sortProperty DESC (from the ClusterSortBy enum), missing
// values last, ties broken by id; keyset paging as in api-organizations-page-desc.
MATCH (c:Cluster)
WHERE ($sector IS NULL OR c.sector = $sector)
  AND ($text IS NULL OR toLower(c.name) CONTAINS $text)
  AND ($regionId IS NULL OR EXISTS {
        MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region {id: $regionId})
      })
  AND ($country IS NULL OR EXISTS { MATCH (c)-[:LOCATED_IN]->(r:Region) WHERE r.country = $country })
WITH c, c[$sortProperty] AS k
WITH c, k, CASE WHEN k IS NULL THEN 1 ELSE 0 END AS n
WHERE $after IS NULL
   OR n > $after.n
   OR (n = $after.n AND n = 1 AND c.id > $after.id)
   OR (n = $after.n AND n = 0 AND (k < $after.k OR (k = $after.k AND c.id > $after.id)))
RETURN properties(c) AS props, k AS key
ORDER BY n, k DESC, c.id
LIMIT toInteger($limit)
