package dev.herald.store;

import java.time.Clock;
import java.util.Objects;

/** The stores delivery writes: the outbox (with posted messages and pauses) and its history. */
public record OutboxStores(OutboxStore outbox, DeliveryHistoryStore history) {
  public OutboxStores {
    Objects.requireNonNull(outbox, "outbox == null");
    Objects.requireNonNull(history, "history == null");
  }

  /** The SQL stores over {@code db}; {@code clock} stamps the rows they write. */
  public static OutboxStores sql(Database db, Clock clock) {
    return new OutboxStores(new SqlOutboxStore(db, clock), new SqlDeliveryHistoryStore(db));
  }
}
