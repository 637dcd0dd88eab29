// Alliances each cluster in $ids is party to (PARTY_TO has only since: valid when since ≤ $asOf).
UNWIND $ids AS id
MATCH (m:Cluster {id: id})-[p:PARTY_TO]->(a:Alliance)
WHERE ($asOf IS NULL OR p.since IS NULL OR p.since <= $asOf)
WITH id, m, p, a ORDER BY a.name, a.id
RETURN id, collect({alliance: properties(a), labels: labels(m), member: properties(m), since: p.since}) AS items
