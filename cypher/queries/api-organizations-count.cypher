// How many organisations match the filter of api-organizations-page-* (same parameters).
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
RETURN count(o) AS total
