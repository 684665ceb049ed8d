-- A count every Herald instance sharing the outbox compares at each sweep (every 2 s). Portable SQL.
--
-- A dispatcher reads new rows by id (those above the highest it has seen) and the whole outbox only now and then. A
-- row that goes back to pending with the id it had (parked rows requeued by /herald retry, a dead worker's expired
-- claims reclaimed) is below every instance's mark: the transaction that requeues rows adds one here, and an instance
-- that sees the count move reads the outbox whole, so the instance sending the channel has them within a sweep, not
-- at its next full read. One row, updated only by those rare transactions.
CREATE TABLE outbox_requeues (
  id       INTEGER NOT NULL PRIMARY KEY,
  requeued BIGINT NOT NULL
);
INSERT INTO outbox_requeues (id, requeued) VALUES (1, 0);
