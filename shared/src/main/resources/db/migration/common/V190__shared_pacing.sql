-- Several instances sending one outbox (a shared PostgreSQL database; SQLite keeps the same tables). Portable SQL;
-- TEXT rather than VARCHAR(n), which PostgreSQL would enforce and SQLite would not (see postgresql/V79).

-- When each request to a channel was answered, whichever instance made it: a channel's next send is claimed only once
-- fewer than its platform's per-channel burst were answered within the platform's window (Slack: one message a
-- second per channel), so the platform's per-channel limit holds across instances. Rows past the window are purged.
CREATE TABLE channel_requests (
  platform    TEXT NOT NULL,
  channel_key TEXT NOT NULL,
  answered_at BIGINT NOT NULL
);
CREATE INDEX channel_requests_channel ON channel_requests (channel_key, answered_at);
CREATE INDEX channel_requests_age ON channel_requests (platform, answered_at);

-- The instances sending each platform's outbox and when each last said so: each one sends its share of the
-- platform-wide limits (Discord's 50 requests a second are per bot, not per instance) and the channels that hash to
-- it.
CREATE TABLE outbox_senders (
  platform TEXT NOT NULL,
  owner    TEXT NOT NULL,
  seen_at  BIGINT NOT NULL,
  PRIMARY KEY (platform, owner)
);

-- The rows claimed right now, a few among many: each instance renews its leases by its name every few seconds, and
-- looks for expired ones.
CREATE INDEX outbox_claimed_owner ON outbox (claimed_by) WHERE status = 'claimed';
CREATE INDEX outbox_claimed_lease ON outbox (lease_until) WHERE status = 'claimed';
