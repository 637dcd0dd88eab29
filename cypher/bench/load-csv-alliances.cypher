LOAD CSV WITH HEADERS FROM $base + 'alliances.csv' AS row
CALL (row) {
  MERGE (n:Alliance {id: row.id})
  SET n.name = row.name, n.kind = row.kind, n.founded = toInteger(row.founded)
} IN TRANSACTIONS OF 5000 ROWS
