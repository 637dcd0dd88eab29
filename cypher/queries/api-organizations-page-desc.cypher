// One page of organisations, sorted by the property $sortProperty (chosen by the service from
// the OrganizationSortBy enum) DESC, missing values last, ties broken by id. Keyset paging:
// $after = {n: 1 if the cursor's key is missing else 0, k: its key, id} or null; $limit rows
// (the service asks for one more than the page to learn hasNextPage). $text is lower-case.
MATCH (o:Organization)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($sectors IS NULL OR o.sector IN $sectors)
  AND ($text IS NULL OR toLower(o.name) CONTAINS $text)
  AND ($regionIds IS NULL OR EXISTS {
        MATCH (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) WHERE r.id IN $regionIds
      })
  AND ($country IS NULL OR EXISTS { MATCH (o)-[:LOCATED_IN]->(r:Region) WHERE r.country = $country })
  AND ($clusterIds IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
        WHERE c.id IN $clusterIds
          AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
      })
WITH o, o[$sortProperty] AS k
WITH o, k, CASE WHEN k IS NULL THEN 1 ELSE 0 END AS n
WHERE $after IS NULL
   OR n > $after.n
   OR (n = $after.n AND n = 1 AND o.id > $after.id)
   OR (n = $after.n AND n = 0 AND (k < $after.k OR (k = $after.k AND o.id > $after.id)))
RETURN properties(o) AS props, k AS key
ORDER BY n, k DESC, o.id
LIMIT toInteger($limit)
