// Schema migrations already applied to this database, with their checksums.
MATCH (m:AtlasMigration)
RETURN m.id AS id, m.checksum AS checksum
ORDER BY m.id
