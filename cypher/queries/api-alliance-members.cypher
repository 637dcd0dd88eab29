// Parties to each alliance in $ids (PARTY_TO, valid when since ≤ $asOf): clusters first, then
// organisations, each by id.
UNWIND $ids AS id
MATCH (m)-[p:PARTY_TO]->(a:Alliance {id: id})
WHERE (m:Cluster OR m:Organization) AND ($asOf IS NULL OR p.since IS NULL OR p.since <= $asOf)
WITH id, m, p, a ORDER BY CASE WHEN m:Cluster THEN 0 ELSE 1 END, m.id
RETURN id, collect({alliance: properties(a), labels: labels(m), member: properties(m), since: p.since}) AS items
