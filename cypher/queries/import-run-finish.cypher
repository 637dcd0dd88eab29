// Counts are flat properties: Neo4j properties cannot hold maps. Bumps the graph version again
// when the import changed anything.
MATCH (run:ImportRun {id: $id})
SET run.status = 'finished', run.finishedAt = datetime(), run.rowsDone = run.rowsTotal,
  run.created = $created, run.updated = $updated, run.unchanged = $unchanged
WITH run
CALL (run) {
  WITH run WHERE $changed
  MERGE (m:AtlasMeta {id: 'graph'})
  SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime()
}
RETURN run.id AS id
