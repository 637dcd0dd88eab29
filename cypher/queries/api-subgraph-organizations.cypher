// Organisations of a subgraph scope, as of $asOf. Criteria are each optional (null = not given)
// and narrow the set together: $clusterIds (members of any), $regionIds (located in any, or in a
// region inside one), $allianceId (party to it, or member of a cluster party to it).
MATCH (o:Organization)
WHERE ($clusterIds IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
        WHERE c.id IN $clusterIds AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
      })
  AND ($regionIds IS NULL OR EXISTS {
        MATCH (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) WHERE r.id IN $regionIds
      })
  AND ($allianceId IS NULL
       OR EXISTS {
         MATCH (o)-[p:PARTY_TO]->(:Alliance {id: $allianceId})
         WHERE $asOf IS NULL OR p.since IS NULL OR p.since <= $asOf
       }
       OR EXISTS {
         MATCH (o)-[m:MEMBER_OF]->(:Cluster)-[p:PARTY_TO]->(:Alliance {id: $allianceId})
         WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))) AND ($asOf IS NULL OR p.since IS NULL OR p.since <= $asOf)
       })
CALL (o) {
  OPTIONAL MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
  WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
  WITH m, c ORDER BY CASE m.role WHEN 'COORDINATOR' THEN 0 WHEN 'CORE' THEN 1 ELSE 2 END, m.since, c.id
  RETURN collect(c.id) AS clusterIds
}
RETURN labels(o) AS labels, o {.id, .name, .kind, .sector, .regionId} AS node, clusterIds
ORDER BY o.id
