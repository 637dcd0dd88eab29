// Records one applied schema migration.
MERGE (m:AtlasMigration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
