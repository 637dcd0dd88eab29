// Which of the given ids exist, per label: the edit service's reference check, in its transaction.
CALL () { UNWIND $regionIds AS id MATCH (n:Region {id: id}) RETURN collect(n.id) AS regions }
CALL () { UNWIND $clusterIds AS id MATCH (n:Cluster {id: id}) RETURN collect(n.id) AS clusters }
CALL () { UNWIND $organizationIds AS id MATCH (n:Organization {id: id}) RETURN collect(n.id) AS organizations }
CALL () { UNWIND $allianceIds AS id MATCH (n:Alliance {id: id}) RETURN collect(n.id) AS alliances }
RETURN regions, clusters, organizations, alliances
