// One pass over relationships.csv; the relationship type cannot be a parameter, so each type
// has its own conditional MERGE.
LOAD CSV WITH HEADERS FROM $base + 'relationships.csv' AS row
CALL (row) {
  MATCH (a:Organization {id: row.sourceId})
  OPTIONAL MATCH (b:Organization {id: row.targetId})
  OPTIONAL MATCH (c:Cluster {id: row.targetId})
  FOREACH (_ IN CASE WHEN row.type = 'SUPPLIES' AND b IS NOT NULL THEN [1] ELSE [] END |
    MERGE (a)-[r:SUPPLIES {kind: coalesce(row.kind, '')}]->(b)
    SET r.weight = toFloat(coalesce(row.weight, '1')), r.value = toFloat(row.value), r.product = row.product,
      r.since = toInteger(row.since), r.until = toInteger(row.until))
  FOREACH (_ IN CASE WHEN row.type = 'COLLABORATES_WITH' AND b IS NOT NULL THEN [1] ELSE [] END |
    MERGE (a)-[r:COLLABORATES_WITH {kind: coalesce(row.kind, '')}]->(b)
    SET r.weight = toFloat(coalesce(row.weight, '1')), r.since = toInteger(row.since), r.until = toInteger(row.until))
  FOREACH (_ IN CASE WHEN row.type = 'INVESTS_IN' AND b IS NOT NULL THEN [1] ELSE [] END |
    MERGE (a)-[r:INVESTS_IN {kind: coalesce(row.kind, '')}]->(b)
    SET r.weight = toFloat(coalesce(row.weight, '1')), r.amount = toFloat(row.value), r.since = toInteger(row.since), r.until = toInteger(row.until))
  FOREACH (_ IN CASE WHEN row.type = 'SUPPORTS' AND c IS NOT NULL THEN [1] ELSE [] END |
    MERGE (a)-[r:SUPPORTS {kind: coalesce(row.kind, '')}]->(c)
    SET r.weight = toFloat(coalesce(row.weight, '1')), r.amount = toFloat(row.value), r.program = row.program,
      r.since = toInteger(row.since), r.until = toInteger(row.until))
} IN TRANSACTIONS OF 5000 ROWS
