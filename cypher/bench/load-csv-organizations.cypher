// Every column of the format, typed as our importer types it (absent columns read as null).
LOAD CSV WITH HEADERS FROM $base + 'organizations.csv' AS row
CALL (row) {
  MERGE (n:Organization {id: row.id})
  SET n.name = row.name, n.kind = row.kind, n.sector = row.sector, n.regionId = row.regionId,
    n.lat = toFloat(row.lat), n.lon = toFloat(row.lon),
    n.employees = toInteger(row.employees), n.revenue = toFloat(row.revenue),
    n.exportShare = toFloat(row.exportShare), n.rdIntensity = toFloat(row.rdIntensity),
    n.patents = toInteger(row.patents), n.digitalMaturity = toFloat(row.digitalMaturity),
    n.emissionsIntensity = toFloat(row.emissionsIntensity), n.renewableShare = toFloat(row.renewableShare),
    n.foundedYear = toInteger(row.foundedYear), n.foreignOwned = toBoolean(row.foreignOwned),
    n.csr = toBoolean(row.csr)
  WITH n, row WHERE row.regionId IS NOT NULL
  MATCH (r:Region {id: row.regionId})
  MERGE (n)-[:LOCATED_IN]->(r)
} IN TRANSACTIONS OF 5000 ROWS
