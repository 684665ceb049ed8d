-- Language-model summaries that fell back to the extractive summarizer (digest), for status figures.
-- No foreign key to stories: the record is an operational log and may outlive a pruned story.
CREATE TABLE summary_fallbacks (
  story_id      BIGINT NOT NULL,
  story_version INTEGER NOT NULL,
  reason        TEXT NOT NULL,
  occurred_at   BIGINT NOT NULL
);
CREATE INDEX summary_fallbacks_at ON summary_fallbacks (occurred_at);
