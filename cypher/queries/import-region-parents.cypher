// Links regions to their parent region (parentId), after all regions exist.
UNWIND $rows AS row
MATCH (n:Region {id: row.id})
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:PART_OF]->(p:Region)
  WHERE row.parentId IS NULL OR p.id <> row.parentId
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.parentId IS NOT NULL
  MATCH (p:Region {id: row.parentId})
  MERGE (n)-[:PART_OF]->(p)
}
RETURN count(*) AS linked
