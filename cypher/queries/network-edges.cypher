// Ties leaving the organisations $ids (stored direction), of the relationship types $types (a
// subset of SUPPLIES, COLLABORATES_WITH, INVESTS_IN chosen from an enum by the caller), valid as
// of $asOf (null = all years: since ≤ asOf and until ≥ asOf, a missing bound always passes).
// One row per source organisation with its ties as [target id, type, kind, weight, value] lists:
// at CORDIS scale (800,000 ties) one record per tie costs the driver more than the query itself.
// Lists, not parallel collect()s, because collect() drops nulls and would misalign them.
// The caller keeps the ties whose other end is in the scope.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN]->(b:Organization)
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
RETURN id AS s, collect([b.id, type(r), r.kind, r.weight, coalesce(r.value, r.amount)]) AS ties
