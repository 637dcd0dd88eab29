// Organisation ties leaving the organisations $organizationIds (stored direction, so each
// relationship once), valid as of $asOf: one row per organisation and tie type with the other
// ends, a relationship listed as often as it exists (parallel ties count each). The service keeps
// the ends that are members too and counts the ties per cluster pair.
UNWIND $organizationIds AS id
MATCH (a:Organization {id: id})-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN]->(b:Organization)
WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf))
RETURN a.id AS source, type(r) AS type, collect(b.id) AS targets
