// Deletes a region. What was located in it keeps existing, without a region (and with its hash
// cleared so that a later import rewrites it in full).
MATCH (n:Region {id: $id})
OPTIONAL MATCH (x)-[:LOCATED_IN]->(n)
SET x.regionId = null, x._hash = null
WITH DISTINCT n
OPTIONAL MATCH (child:Region)-[:PART_OF]->(n)
SET child.parentId = null, child._hash = null
WITH DISTINCT n
CALL (n) { MATCH (n)-[r]-() RETURN count(r) AS rels }
DETACH DELETE n
RETURN rels
