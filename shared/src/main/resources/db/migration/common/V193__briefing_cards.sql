-- Which briefing each daily-briefing card belongs to. Portable SQL.
--
-- A briefing is posted as one message per story, each rendered on its own when it is sent (by whichever instance
-- sends it, after any restart), and later edited as its story grows. The card finds its briefing here, by the
-- channel, the story and the summarised version it was enqueued at (the outbox row's), and leaves out its Related
-- links to the briefing's other stories, as a briefing shown in one piece does. Written with the briefing, in the
-- transaction that enqueues its cards; read only when a card is rendered.
-- TEXT, not VARCHAR(n): PostgreSQL would enforce a length SQLite ignores (see postgresql/V79).
CREATE TABLE briefing_cards (
  channel_key   TEXT NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  story_id      BIGINT NOT NULL,
  story_version INTEGER NOT NULL,
  briefing_id   BIGINT NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
  PRIMARY KEY (channel_key, story_id, story_version)
);
CREATE INDEX briefing_cards_briefing ON briefing_cards (briefing_id);
