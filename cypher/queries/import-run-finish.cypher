// Counts are flat properties: Neo4j properties cannot hold maps.
MATCH (run:ImportRun {id: $id})
SET run.status = 'finished', run.finishedAt = datetime(), run.rowsDone = run.rowsTotal,
  run.created = $created, run.updated = $updated, run.unchanged = $unchanged
