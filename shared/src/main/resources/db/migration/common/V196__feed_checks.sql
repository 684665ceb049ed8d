-- Feeds a manager asked Herald to read now (/herald feeds check, a feed just added), until a poll reads them.
-- Portable SQL.
--
-- The instance that answers the command polls them at once; with several instances only one polls at a time (the
-- pipeline's lease), so when another one is polling at that moment the request waits here and whichever instance
-- polls next reads these feeds whatever their interval or backoff. A request made after a poll began outlives it.
CREATE TABLE feed_checks (
  feed_id      TEXT NOT NULL PRIMARY KEY,
  requested_at BIGINT NOT NULL
);
