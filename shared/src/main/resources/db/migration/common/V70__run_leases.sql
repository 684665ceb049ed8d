-- Work that only one Herald instance may do at a time when several share a database (the pipeline run: fetching,
-- clustering, summarising). A lease names its holder and how long it holds; generation counts finished runs, so an
-- instance can tell that another one changed the shared state since its own last run. Portable SQL.
CREATE TABLE run_leases (
  name        VARCHAR(64) PRIMARY KEY,
  owner       TEXT,
  lease_until BIGINT,
  generation  BIGINT NOT NULL
);
