// Ties leaving the organisations $ids (stored direction), of the relationship types $types (a
// subset of SUPPLIES, COLLABORATES_WITH, INVESTS_IN chosen from an enum by the caller), valid as
// of $asOf (null = all years: since ≤ asOf and until ≥ asOf, a missing bound always passes).
// The caller keeps the ties whose other end is in the scope.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN]->(b:Organization)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
RETURN a.id AS s, b.id AS t, type(r) AS type, r.kind AS kind, r.weight AS weight, coalesce(r.value, r.amount) AS value
