// The four typed relationships of relationships.csv, in a stable order.
MATCH (a:Organization)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN|SUPPORTS]->(b)
WHERE b:Organization OR b:Cluster
RETURN a.id AS sourceId, b.id AS targetId, type(r) AS type, properties(r) AS props
ORDER BY sourceId, targetId, type, props.kind
