// Entity and relationship counts of the cluster graph (the model's labels and types only).
CALL () { MATCH (n:Region) RETURN count(n) AS regions }
CALL () { MATCH (n:Cluster) RETURN count(n) AS clusters }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Alliance) RETURN count(n) AS alliances }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL () { MATCH ()-[r:LOCATED_IN]->() RETURN count(r) AS locatedIn }
CALL () { MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS supplies }
CALL () { MATCH ()-[r:COLLABORATES_WITH]->() RETURN count(r) AS collaborates }
CALL () { MATCH ()-[r:INVESTS_IN]->() RETURN count(r) AS invests }
CALL () { MATCH ()-[r:SUPPORTS]->() RETURN count(r) AS supports }
CALL () { MATCH ()-[r:PARTY_TO]->() RETURN count(r) AS partyTo }
RETURN regions, clusters, organizations, alliances, memberships, locatedIn, supplies, collaborates, invests, supports, partyTo
