// What the catalog's graph-wide caches key on: the graph version (bumped by every write and
// import) and when it last changed. The time tells apart two graphs that reached the same
// version number, e.g. after the graph was wiped (which deletes the counter) and re-imported.
OPTIONAL MATCH (m:AtlasMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version, toString(m.changedAt) AS changedAt
