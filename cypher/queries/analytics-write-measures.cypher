// Write-back of node measures (npm run measures -- write): one batch of organisations, each with
// a map of m_* properties whose keys come from a fixed enum in server/services/analytics/write-back.ts.
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o += row.props
RETURN count(o) AS written
