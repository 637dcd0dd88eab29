MATCH (:Organization {id: $sourceId})-[r:MEMBER_OF]->(:Cluster {id: $targetId})
DELETE r
RETURN count(*) AS deleted
