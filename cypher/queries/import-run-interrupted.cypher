// Runs still marked running: either running now in another process, or killed.
MATCH (run:ImportRun {status: 'running'})
RETURN run.id AS id, run.pid AS pid, run.host AS host, run.source AS source, run.checksum AS checksum
