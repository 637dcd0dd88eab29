// How many clusters match the filter of api-clusters-page-* (same parameters).
MATCH (c:Cluster)
WHERE ($sector IS NULL OR c.sector = $sector)
  AND ($text IS NULL OR toLower(c.name) CONTAINS $text)
  AND ($regionId IS NULL OR EXISTS {
        MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region {id: $regionId})
      })
  AND ($country IS NULL OR EXISTS { MATCH (c)-[:LOCATED_IN]->(r:Region) WHERE r.country = $country })
RETURN count(c) AS total
