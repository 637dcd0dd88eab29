// Organisation ties between members of two different clusters of $ids, per cluster pair (ids in
// sorted order) and tie type, each relationship counted once per pair; memberships and ties
// valid as of $asOf.
UNWIND $ids AS id
MATCH (c1:Cluster {id: id})<-[m:MEMBER_OF]-(:Organization)-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN]-(:Organization)-[m2:MEMBER_OF]->(c2:Cluster)
WHERE c1.id < c2.id AND c2.id IN $ids AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
  AND ($asOf IS NULL OR ((m2.since IS NULL OR m2.since <= $asOf) AND (m2.until IS NULL OR m2.until >= $asOf)))
RETURN c1.id AS source, c2.id AS target, type(r) AS type, count(DISTINCT r) AS ties
