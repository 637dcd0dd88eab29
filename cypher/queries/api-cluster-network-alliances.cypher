// Alliances shared by two clusters of $ids (both PARTY_TO it as of $asOf), per pair in id order.
MATCH (c1:Cluster)-[p1:PARTY_TO]->(a:Alliance)<-[p2:PARTY_TO]-(c2:Cluster)
WHERE c1.id IN $ids AND c2.id IN $ids AND c1.id < c2.id
  AND ($asOf IS NULL OR ((p1.since IS NULL OR p1.since <= $asOf) AND (p2.since IS NULL OR p2.since <= $asOf)))
WITH c1, c2, a ORDER BY a.id
RETURN c1.id AS source, c2.id AS target, collect(a.id) AS allianceIds
