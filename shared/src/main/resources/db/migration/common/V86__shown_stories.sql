-- The story each user was last shown in a channel by a command (a lookup, /sources, /expand), so that /sources and
-- /expand without a story number mean that one. Portable SQL; one row per channel and user, replaced each time.
CREATE TABLE shown_stories (
  channel_key VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  user_id     VARCHAR(100) NOT NULL,
  story_id    BIGINT NOT NULL,
  shown_at    BIGINT NOT NULL,
  PRIMARY KEY (channel_key, user_id)
);
