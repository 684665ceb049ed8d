-- The story each user was last shown in a channel by a command (a lookup, /sources, /expand), so that /sources and
-- /expand without a story number mean that one. Portable SQL; one row per channel and user, replaced each time.
-- TEXT, not VARCHAR(n): PostgreSQL would enforce a length SQLite ignores (see postgresql/V79).
CREATE TABLE shown_stories (
  channel_key TEXT NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  user_id     TEXT NOT NULL,
  story_id    BIGINT NOT NULL,
  shown_at    BIGINT NOT NULL,
  PRIMARY KEY (channel_key, user_id)
);
