// Removes written-back node measures (the m_* properties of write-back.ts) from at most $limit
// organisations; the caller repeats until nothing is left.
MATCH (o:Organization)
WHERE o.m_graphVersion IS NOT NULL
WITH o LIMIT toInteger($limit)
REMOVE o.m_degree, o.m_strength, o.m_degreeCentrality, o.m_betweenness, o.m_closeness, o.m_harmonic,
  o.m_eigenvector, o.m_pagerank, o.m_clustering, o.m_constraint, o.m_effectiveSize, o.m_z,
  o.m_participation, o.m_role, o.m_community, o.m_brokerage, o.m_asOf, o.m_scope, o.m_graphVersion
RETURN count(o) AS cleared
