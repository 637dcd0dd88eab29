MERGE (m:AtlasMeta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime()
RETURN m.version AS version
