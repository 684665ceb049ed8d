-- Feed ingestion: workspace feeds, per-feed health and validators, and fingerprints for syndicated copies.
-- Portable SQL (SQLite and PostgreSQL): times are epoch milliseconds, booleans INTEGER 0/1.

CREATE TABLE feeds (
  id            VARCHAR(64) PRIMARY KEY,
  scope         VARCHAR(120) NOT NULL,
  name          TEXT NOT NULL,
  url           TEXT NOT NULL,
  topics        TEXT NOT NULL,
  poll_minutes  INTEGER NOT NULL,
  created_at    BIGINT NOT NULL
);
CREATE INDEX feeds_scope ON feeds (scope);

CREATE TABLE feed_health (
  feed_id              VARCHAR(64) PRIMARY KEY,
  consecutive_failures INTEGER NOT NULL,
  last_error           TEXT NOT NULL,
  last_attempt_at      BIGINT,
  last_success_at      BIGINT,
  next_attempt_at      BIGINT,
  disabled             INTEGER NOT NULL,
  etag                 TEXT NOT NULL,
  last_modified        TEXT NOT NULL,
  item_count           INTEGER NOT NULL
);

CREATE TABLE article_fingerprints (
  article_id   VARCHAR(40) NOT NULL REFERENCES articles (id),
  kind         CHAR(1) NOT NULL,
  value        BIGINT NOT NULL,
  feed_id      VARCHAR(64) NOT NULL,
  published_at BIGINT NOT NULL,
  PRIMARY KEY (article_id, kind, value)
);
CREATE INDEX article_fingerprints_value ON article_fingerprints (value, published_at);
