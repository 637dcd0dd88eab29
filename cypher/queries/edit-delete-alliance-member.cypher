// The member is a cluster or an organisation (memberIsCluster, as in the importer).
MATCH (a:Alliance {id: $targetId})
OPTIONAL MATCH (c:Cluster {id: $sourceId})-[rc:PARTY_TO]->(a) WHERE $memberIsCluster
OPTIONAL MATCH (o:Organization {id: $sourceId})-[ro:PARTY_TO]->(a) WHERE NOT $memberIsCluster
WITH coalesce(rc, ro) AS r
WHERE r IS NOT NULL
DELETE r
RETURN count(*) AS deleted
