// Runs inside each batch's transaction, so progress is exactly what was committed.
MATCH (run:ImportRun {id: $id})
SET run.rowsDone = run.rowsDone + $rows, run.file = $file, run.updatedAt = datetime()
