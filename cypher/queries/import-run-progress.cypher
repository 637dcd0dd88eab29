MATCH (run:ImportRun {id: $id})
SET run.rowsDone = $rowsDone, run.file = $file, run.updatedAt = datetime()
