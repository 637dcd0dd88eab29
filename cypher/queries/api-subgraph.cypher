// A whole subgraph slice in one statement: the organisations of a scope, the scope's own nodes
// that the service asks for ($clusterNodeIds, $allianceNodeIds, $regionNodeIds: found through
// their label's id index) and the relationships among all of them of the types $types, as of
// $asOf. Scope criteria are each optional (null = not given) and narrow the set together:
// $clusterIds (members of any), $regionIds (located in any, or in a region inside one),
// $allianceId (party to it, or member of a cluster party to it). The walk starts from the most
// selective side given (clusters, then the alliance, then regions) instead of testing every
// organisation; the other criteria are then checked on what it found.
// Returns one row: `nodes` as [label, id, name, kind, sector, regionId, clusterIds, depth] and
// `edges` as [type, source, target, kind, [weight, value, since, until]] (positional lists: the
// driver decodes them about twice as fast as maps); clusterIds as of $asOf, primary membership
// first, only when $withClusterIds (else []); the edge details only when $withEdgeDetails (else
// null): the service leaves out what the operation does not read. Each relationship once,
// matched from its start node; kind is '' when absent (as stored), MEMBER_OF gives its role.
CALL () {
  UNWIND coalesce($clusterIds, []) AS cid
  MATCH (:Cluster {id: cid})<-[m:MEMBER_OF]-(o:Organization)
  WHERE $asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))
  RETURN o
  UNION
  UNWIND CASE WHEN $clusterIds IS NULL AND $allianceId IS NOT NULL THEN [$allianceId] ELSE [] END AS aid
  MATCH (:Alliance {id: aid})<-[p:PARTY_TO]-(o:Organization)
  WHERE $asOf IS NULL OR p.since IS NULL OR p.since <= $asOf
  RETURN o
  UNION
  UNWIND CASE WHEN $clusterIds IS NULL AND $allianceId IS NOT NULL THEN [$allianceId] ELSE [] END AS aid
  MATCH (:Alliance {id: aid})<-[p:PARTY_TO]-(:Cluster)<-[m:MEMBER_OF]-(o:Organization)
  WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))) AND ($asOf IS NULL OR p.since IS NULL OR p.since <= $asOf)
  RETURN o
  UNION
  UNWIND CASE WHEN $clusterIds IS NULL AND $allianceId IS NULL THEN coalesce($regionIds, []) ELSE [] END AS rid
  MATCH (:Region {id: rid})<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(o:Organization)
  RETURN o
  UNION
  UNWIND CASE WHEN $clusterIds IS NULL AND $allianceId IS NULL AND $regionIds IS NULL THEN [true] ELSE [] END AS everything
  MATCH (o:Organization)
  RETURN o
}
WITH o
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
WITH o ORDER BY o.id
WITH collect(o) AS orgs
CALL () {
  UNWIND $clusterNodeIds AS id MATCH (n:Cluster {id: id}) RETURN collect(n) AS clusters
}
CALL () {
  UNWIND $allianceNodeIds AS id MATCH (n:Alliance {id: id}) RETURN collect(n) AS alliances
}
CALL () {
  UNWIND $regionNodeIds AS id MATCH (n:Region {id: id}) RETURN collect(n) AS regions
}
WITH clusters + alliances + regions + orgs AS kept
WITH kept, [n IN kept | n.id] AS ids
CALL (kept) {
  UNWIND kept AS n
  WITH n, CASE WHEN $withClusterIds THEN COLLECT {
    MATCH (n)-[m:MEMBER_OF]->(c:Cluster)
    WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
    WITH m, c ORDER BY CASE m.role WHEN 'COORDINATOR' THEN 0 WHEN 'CORE' THEN 1 ELSE 2 END, m.since, c.id
    RETURN c.id
  } ELSE [] END AS clusterIds
  RETURN collect([CASE WHEN n:Organization THEN 'ORGANIZATION' WHEN n:Cluster THEN 'CLUSTER' WHEN n:Alliance THEN 'ALLIANCE' ELSE 'REGION' END,
    n.id, n.name, n.kind, n.sector, n.regionId, clusterIds, null]) AS nodes
}
CALL (kept, ids) {
  UNWIND kept AS n
  WITH n, n.id AS source
  MATCH (n)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS|MEMBER_OF|PARTY_TO|LOCATED_IN]->(b)
  WHERE type(r) IN $types AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf))) AND b.id IN ids
  RETURN collect([type(r), source, b.id, coalesce(r.role, r.kind),
    CASE WHEN $withEdgeDetails THEN [r.weight, coalesce(r.value, r.amount), r.since, r.until] END]) AS edges
}
RETURN nodes, edges
