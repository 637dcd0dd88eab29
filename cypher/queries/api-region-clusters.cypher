// Clusters located in each region of $ids or in a region inside it (PART_OF*0..), by name.
UNWIND $ids AS id
MATCH (c:Cluster)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: id})
WITH DISTINCT id, c ORDER BY c.name, c.id
RETURN id, collect(properties(c)) AS items
