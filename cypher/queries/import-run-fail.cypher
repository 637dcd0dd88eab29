MATCH (run:ImportRun {id: $id})
SET run.status = 'failed', run.finishedAt = datetime(), run.error = $error
