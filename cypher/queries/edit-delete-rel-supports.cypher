// Deletes one SUPPORTS, identified by (source, target, kind) with '' for no kind.
MATCH (:Organization {id: $sourceId})-[r:SUPPORTS {kind: $kind}]->(:Cluster {id: $targetId})
DELETE r
RETURN count(*) AS deleted
