-- Delivery: the outbox, what was posted where, channel pauses, alert history and briefing runs.
-- Portable SQL (SQLite and PostgreSQL): epoch-millisecond BIGINT times, INTEGER 0/1 booleans.

INSERT INTO id_sequences (name, next_value) VALUES ('outbox', 1);

-- Every send is a row. idem_key (platform, workspace, channel, story, version, kind) makes enqueueing idempotent:
-- a second insert of the same key is ignored (INSERT ... ON CONFLICT DO NOTHING works on both databases).
CREATE TABLE outbox (
  id              BIGINT PRIMARY KEY,
  idem_key        VARCHAR(500) NOT NULL UNIQUE,
  platform        VARCHAR(16) NOT NULL,
  channel_key     VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  kind            VARCHAR(16) NOT NULL,
  story_id        BIGINT NOT NULL,
  story_version   INTEGER NOT NULL,
  banner          TEXT,
  target_message  VARCHAR(200),
  status          VARCHAR(16) NOT NULL,
  attempts        INTEGER NOT NULL,
  rate_limited    INTEGER NOT NULL,
  maybe_posted    INTEGER NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  claimed_by      VARCHAR(64),
  lease_until     BIGINT,
  last_error      TEXT,
  message_id      VARCHAR(200),
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL
);
CREATE INDEX outbox_platform_status ON outbox (platform, status, id);
CREATE INDEX outbox_channel_status ON outbox (channel_key, status);
CREATE INDEX outbox_updated ON outbox (status, updated_at);

-- Messages Herald posted through the outbox, so that a story that grows can be edited in place.
CREATE TABLE posted_messages (
  channel_key   VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  message_id    VARCHAR(200) NOT NULL,
  story_id      BIGINT NOT NULL,
  story_version INTEGER NOT NULL,
  kind          VARCHAR(16) NOT NULL,
  banner        TEXT,
  posted_at     BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL,
  PRIMARY KEY (channel_key, message_id)
);
CREATE INDEX posted_messages_story ON posted_messages (story_id);

-- Each living-story edit, for the per-message hourly limit.
CREATE TABLE message_edits (
  channel_key   VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  message_id    VARCHAR(200) NOT NULL,
  story_version INTEGER NOT NULL,
  edited_at     BIGINT NOT NULL
);
CREATE INDEX message_edits_message ON message_edits (channel_key, message_id, edited_at);

-- Channels Herald lost access to: nothing is sent there until someone runs /herald retry.
CREATE TABLE channel_pauses (
  channel_key VARCHAR(250) PRIMARY KEY REFERENCES channels (channel_key) ON DELETE CASCADE,
  reason      TEXT NOT NULL,
  paused_at   BIGINT NOT NULL
);

-- Topic alerts enqueued, for "new or grown since the last alert", the cooldown and the daily cap.
CREATE TABLE alert_history (
  channel_key   VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  story_id      BIGINT NOT NULL,
  story_version INTEGER NOT NULL,
  outlets       INTEGER NOT NULL,
  topic         VARCHAR(40) NOT NULL,
  growth        INTEGER NOT NULL,
  alerted_at    BIGINT NOT NULL,
  PRIMARY KEY (channel_key, story_id, story_version)
);
CREATE INDEX alert_history_channel ON alert_history (channel_key, alerted_at);

-- One row per channel and local day: the guard that makes a daily briefing happen at most once per day.
CREATE TABLE briefing_runs (
  channel_key   VARCHAR(250) NOT NULL REFERENCES channels (channel_key) ON DELETE CASCADE,
  local_date    VARCHAR(10) NOT NULL,
  scheduled_for BIGINT NOT NULL,
  ran_at        BIGINT NOT NULL,
  late          INTEGER NOT NULL,
  stories       INTEGER NOT NULL,
  outcome       VARCHAR(16) NOT NULL,
  PRIMARY KEY (channel_key, local_date)
);
CREATE INDEX briefing_runs_ran ON briefing_runs (channel_key, ran_at);
