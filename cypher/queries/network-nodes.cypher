// Organisations of a scope with the attributes the measures need, as of $asOf (null = all
// years). Scope criteria are each optional (null = not given) and narrow the set together:
// $clusterIds (members of any), $regionIds (located in any, or in a region PART_OF one),
// $allianceId (party to it, or member of a cluster party to it). Memberships valid as of $asOf
// come primary first: COORDINATOR, CORE, ASSOCIATE, then earliest since, then cluster id.
MATCH (o:Organization)
WHERE ($clusterIds IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
        WHERE c.id IN $clusterIds
          AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
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
         WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
           AND ($asOf IS NULL OR p.since IS NULL OR p.since <= $asOf)
       })
CALL (o) {
  OPTIONAL MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
  WHERE $asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))
  WITH c, m
  ORDER BY CASE m.role WHEN 'COORDINATOR' THEN 0 WHEN 'CORE' THEN 1 ELSE 2 END, m.since, c.id
  RETURN collect(c.id) AS clusterIds, collect(m.role) AS roles
}
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.sector AS sector, o.regionId AS regionId,
  o.employees AS employees, o.x_employees2015 AS employees2015, o.revenue AS revenue,
  o.exportShare AS exportShare, o.rdIntensity AS rdIntensity, o.patents AS patents,
  o.digitalMaturity AS digitalMaturity, o.emissionsIntensity AS emissionsIntensity,
  o.renewableShare AS renewableShare, o.foreignOwned AS foreignOwned, o.csr AS csr,
  clusterIds, roles
ORDER BY id
