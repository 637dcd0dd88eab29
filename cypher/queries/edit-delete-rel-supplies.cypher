// Deletes one SUPPLIES, identified by (source, target, kind) with '' for no kind.
MATCH (:Organization {id: $sourceId})-[r:SUPPLIES {kind: $kind}]->(:Organization {id: $targetId})
DELETE r
RETURN count(*) AS deleted
