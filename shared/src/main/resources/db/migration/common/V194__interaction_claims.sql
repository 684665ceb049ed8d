-- Which Herald instance answers each chat interaction. Portable SQL.
--
-- Several instances may run the Discord gateway; Discord lets their sessions identify as the same shard and gives
-- each of them the shard's events, so every instance receives every INTERACTION_CREATE. The first instance to insert
-- the interaction's id answers it; the others find the row and do nothing. Rows older than an hour are purged in
-- small batches as new interactions are claimed (Discord's interaction tokens live 15 minutes).
-- TEXT, not VARCHAR(n): PostgreSQL would enforce a length SQLite ignores (see postgresql/V79).
CREATE TABLE interaction_claims (
  interaction_id TEXT NOT NULL PRIMARY KEY,
  claimed_at     BIGINT NOT NULL
);
CREATE INDEX interaction_claims_age ON interaction_claims (claimed_at);
