// Peer for the import benchmark: Neo4j's own LOAD CSV writing the same model as our importer.
LOAD CSV WITH HEADERS FROM $base + 'regions.csv' AS row
CALL (row) {
  MERGE (n:Region {id: row.id})
  SET n.name = row.name, n.country = row.country, n.level = row.level, n.population = toInteger(row.population)
} IN TRANSACTIONS OF 5000 ROWS
