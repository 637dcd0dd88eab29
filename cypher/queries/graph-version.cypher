// The graph version: bumped by every write that changes the graph, so caches can key on it.
OPTIONAL MATCH (m:AtlasMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version
