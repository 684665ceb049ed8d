-- Related stories: two stories an article linked (it resembled both) that stay two events, such as the Strait of
-- Hormuz drills and the US-Iran talks. One row each way, with the best similarity of their centroids seen so far; a
-- merged story's links are read through its merged_into.
-- Portable SQL.
CREATE TABLE story_links (
  story_id   BIGINT NOT NULL REFERENCES stories (id),
  related_id BIGINT NOT NULL REFERENCES stories (id),
  similarity DOUBLE PRECISION NOT NULL,
  linked_at  BIGINT NOT NULL,
  PRIMARY KEY (story_id, related_id)
);
