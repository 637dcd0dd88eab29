// Clusters of the inter-cluster view: filtered by $clusterIds, $sectors, $regionIds (located in
// one, or in a region inside one; each null = not given), with their member count as of $asOf.
MATCH (c:Cluster)
WHERE ($clusterIds IS NULL OR c.id IN $clusterIds)
  AND ($sectors IS NULL OR c.sector IN $sectors)
  AND ($regionIds IS NULL OR EXISTS {
        MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) WHERE r.id IN $regionIds
      })
CALL (c) {
  OPTIONAL MATCH (:Organization)-[m:MEMBER_OF]->(c)
  WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
  RETURN count(m) AS memberCount
}
RETURN properties(c) AS props, memberCount
ORDER BY c.id
