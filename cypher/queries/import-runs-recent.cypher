MATCH (run:ImportRun)
RETURN run.id AS id, run.source AS source, run.checksum AS checksum, run.status AS status,
  toString(run.startedAt) AS startedAt, toString(run.finishedAt) AS finishedAt,
  run.rowsTotal AS rowsTotal, run.rowsDone AS rowsDone, run.created AS created,
  run.updated AS updated, run.unchanged AS unchanged, run.resumes AS resumes,
  run.completedBy AS completedBy, run.error AS error
ORDER BY run.startedAt DESC
LIMIT toInteger($limit)
