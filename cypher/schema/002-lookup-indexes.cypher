// Lookup indexes for the filters the API offers (kind, sector, country) and for as-of reads.
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_sector IF NOT EXISTS FOR (n:Organization) ON (n.sector);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX cluster_sector IF NOT EXISTS FOR (n:Cluster) ON (n.sector);
CREATE INDEX region_country IF NOT EXISTS FOR (n:Region) ON (n.country);
CREATE INDEX alliance_kind IF NOT EXISTS FOR (n:Alliance) ON (n.kind);
CREATE INDEX import_run_status IF NOT EXISTS FOR (n:ImportRun) ON (n.status);
CREATE INDEX member_of_since IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.since);
CREATE INDEX supplies_since IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.since);
CREATE INDEX collaborates_since IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.since);
