// The small side of the organisation network, as of $asOf (null = all years): every cluster with
// its region, every region (country, parent, neighbours), alliances with their cluster and
// organisation parties, and SUPPORTS links into clusters. One row.
CALL () {
  MATCH (c:Cluster)
  OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
  WITH c, r ORDER BY c.id
  RETURN collect({id: c.id, name: c.name, sector: c.sector, sectorName: c.sectorName, regionId: r.id}) AS clusters
}
CALL () {
  MATCH (r:Region)
  OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
  WITH r, p ORDER BY r.id
  RETURN collect({id: r.id, name: r.name, country: r.country, level: r.level, parentId: p.id, neighbours: r.x_neighbours}) AS regions
}
CALL () {
  MATCH (a:Alliance)
  OPTIONAL MATCH (m)-[p:PARTY_TO]->(a)
  WHERE (m:Cluster OR m:Organization) AND ($asOf IS NULL OR p.since IS NULL OR p.since <= $asOf)
  WITH a, collect(CASE WHEN m:Cluster THEN m.id END) AS clusterIds, collect(CASE WHEN m:Organization THEN m.id END) AS organizationIds
  ORDER BY a.id
  RETURN collect({id: a.id, name: a.name, kind: a.kind, clusterIds: clusterIds, organizationIds: organizationIds}) AS alliances
}
CALL () {
  OPTIONAL MATCH (o:Organization)-[s:SUPPORTS]->(c:Cluster)
  WHERE $asOf IS NULL OR ((s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until >= $asOf))
  RETURN collect(CASE WHEN s IS NOT NULL THEN {sourceId: o.id, clusterId: c.id, amount: s.amount, program: s.program} END) AS supports
}
RETURN clusters, regions, alliances, supports
