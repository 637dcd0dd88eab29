// Every organisation tie (SUPPLIES, COLLABORATES_WITH, INVESTS_IN) of each organisation in $ids,
// both directions, valid as of $asOf (null = all years), with the partner's properties and the
// stored direction (outgoing = the organisation is the start node). The service splits them into
// suppliers, customers, collaborators, investors and investments.
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:SUPPLIES|COLLABORATES_WITH|INVESTS_IN]-(p:Organization)
WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
WITH id, o, r, p ORDER BY type(r), p.name, p.id, r.kind
RETURN id, collect({
  partner: properties(p), type: type(r), outgoing: startNode(r) = o, kind: r.kind, weight: r.weight,
  value: coalesce(r.value, r.amount), product: r.product, since: r.since, until: r.until
}) AS items
