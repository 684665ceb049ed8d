-- Full-text search over stories for /brief <query> on PostgreSQL: the counterpart of sqlite/V20 (FTS5). One row per
-- live story: its representative headline and the headlines and leads of its articles, with diacritics already
-- folded by the store. The document weighs the headline (A) above the body (B); English stemming like FTS5's porter.
CREATE TABLE story_search (
  story_id BIGINT PRIMARY KEY,
  title    TEXT NOT NULL,
  body     TEXT NOT NULL,
  document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED
);
CREATE INDEX story_search_document ON story_search USING GIN (document);
