// Records the start of an import run and bumps the graph version (a cache filled while the import
// runs must not outlive it). Earlier runs of the same dataset that never finished (killed,
// crashed) are marked interrupted and linked, so the record shows this run completing them.
CREATE (run:ImportRun {id: $id, source: $source, checksum: $checksum, status: 'running',
  startedAt: datetime(), pid: $pid, host: $host, rowsTotal: $rowsTotal, rowsDone: 0})
WITH run
OPTIONAL MATCH (old:ImportRun {status: 'running'})
WHERE old.id <> run.id
WITH run, collect(old) AS olds
FOREACH (old IN olds |
  SET old.status = 'interrupted', old.interruptedAt = datetime(), old.completedBy = run.id)
SET run.resumes = [o IN olds WHERE o.checksum = run.checksum | o.id]
MERGE (m:AtlasMeta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime()
RETURN run.resumes AS resumes
