-- What each Herald instance sharing the database reports about itself for /herald status: its rate governors' holds
-- (a refused token, the 401/403 budget spent) and its recent Slack and Discord errors, as a small JSON document. Each
-- live instance rewrites its row every few seconds (a heartbeat); /herald status, answered by any instance, reads
-- the rows written lately and ignores the others (an instance that died or stopped). Portable SQL.
CREATE TABLE instance_status (
  instance    TEXT NOT NULL PRIMARY KEY,
  reported_at BIGINT NOT NULL,
  report      TEXT NOT NULL
);
