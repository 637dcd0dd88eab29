// Deletes one INVESTS_IN, identified by (source, target, kind) with '' for no kind.
MATCH (:Organization {id: $sourceId})-[r:INVESTS_IN {kind: $kind}]->(:Organization {id: $targetId})
DELETE r
RETURN count(*) AS deleted
