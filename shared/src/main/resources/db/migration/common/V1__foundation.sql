-- Herald's first schema. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Times are epoch milliseconds (BIGINT); booleans are INTEGER 0/1; lists are stored as JSON text.

CREATE TABLE id_sequences (
  name       VARCHAR(32) PRIMARY KEY,
  next_value BIGINT NOT NULL
);
INSERT INTO id_sequences (name, next_value) VALUES ('story', 1);
INSERT INTO id_sequences (name, next_value) VALUES ('briefing', 1);

CREATE TABLE articles (
  id                VARCHAR(40) PRIMARY KEY,
  feed_id           VARCHAR(64) NOT NULL,
  outlet            TEXT NOT NULL,
  title             TEXT NOT NULL,
  url               TEXT NOT NULL,
  canonical_url     TEXT NOT NULL,
  guid              TEXT NOT NULL,
  published_at      BIGINT NOT NULL,
  date_estimated    INTEGER NOT NULL,
  fetched_at        BIGINT NOT NULL,
  description       TEXT NOT NULL,
  body_text         TEXT NOT NULL,
  image_url         TEXT NOT NULL,
  near_duplicate_of VARCHAR(40),
  title_key         VARCHAR(64) NOT NULL,
  updated_at        BIGINT NOT NULL
);
CREATE INDEX articles_feed_guid ON articles (feed_id, guid);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_title_key ON articles (title_key);
CREATE INDEX articles_published_at ON articles (published_at);

CREATE TABLE stories (
  id            BIGINT PRIMARY KEY,
  version       INTEGER NOT NULL,
  created_at    BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL,
  newest_article_at BIGINT NOT NULL,
  article_count INTEGER NOT NULL,
  outlet_count  INTEGER NOT NULL,
  title         TEXT NOT NULL,
  merged_into   BIGINT REFERENCES stories (id)
);
CREATE INDEX stories_updated_at ON stories (updated_at);

CREATE TABLE story_articles (
  article_id     VARCHAR(40) PRIMARY KEY REFERENCES articles (id),
  story_id       BIGINT NOT NULL REFERENCES stories (id),
  joined_at      BIGINT NOT NULL,
  joined_version INTEGER NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE story_topics (
  story_id BIGINT NOT NULL REFERENCES stories (id),
  topic    VARCHAR(40) NOT NULL,
  PRIMARY KEY (story_id, topic)
);
CREATE INDEX story_topics_topic ON story_topics (topic);

CREATE TABLE summaries (
  story_id      BIGINT NOT NULL REFERENCES stories (id),
  story_version INTEGER NOT NULL,
  title         TEXT NOT NULL,
  content_json  TEXT NOT NULL,
  method        VARCHAR(32) NOT NULL,
  created_at    BIGINT NOT NULL,
  PRIMARY KEY (story_id, story_version)
);

CREATE TABLE channels (
  channel_key     VARCHAR(250) PRIMARY KEY,
  platform        VARCHAR(16) NOT NULL,
  workspace_id    VARCHAR(100) NOT NULL,
  channel_id      VARCHAR(100) NOT NULL,
  name            TEXT NOT NULL,
  zone            VARCHAR(64) NOT NULL,
  briefing_at     VARCHAR(5),
  briefing_topics TEXT NOT NULL,
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL
);

CREATE TABLE subscriptions (
  channel_key VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  topic       VARCHAR(40) NOT NULL,
  created_at  BIGINT NOT NULL,
  PRIMARY KEY (channel_key, topic)
);
CREATE INDEX subscriptions_topic ON subscriptions (topic);

-- What each channel was shown: the briefing and the exact story versions in it, best first.
CREATE TABLE briefings (
  id          BIGINT PRIMARY KEY,
  channel_key VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  as_of       BIGINT NOT NULL,
  since       BIGINT NOT NULL,
  created_at  BIGINT NOT NULL
);
CREATE INDEX briefings_channel ON briefings (channel_key, as_of);

CREATE TABLE briefing_stories (
  briefing_id   BIGINT NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  story_id      BIGINT NOT NULL REFERENCES stories (id),
  story_version INTEGER NOT NULL,
  PRIMARY KEY (briefing_id, position)
);
CREATE INDEX briefing_stories_story ON briefing_stories (story_id);
