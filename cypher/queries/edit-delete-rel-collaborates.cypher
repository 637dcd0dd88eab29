// Deletes one COLLABORATES_WITH, identified by (source, target, kind) with '' for no kind.
MATCH (:Organization {id: $sourceId})-[r:COLLABORATES_WITH {kind: $kind}]->(:Organization {id: $targetId})
DELETE r
RETURN count(*) AS deleted
