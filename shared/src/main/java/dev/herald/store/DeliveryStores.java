package dev.herald.store;

import java.time.Clock;
import java.util.Objects;

/** The stores delivery writes: the outbox (with posted messages and pauses) and its history. */
public record DeliveryStores(OutboxStore outbox, DeliveryHistoryStore history) {
  public DeliveryStores {
    Objects.requireNonNull(outbox, "outbox == null");
    Objects.requireNonNull(history, "history == null");
  }

  /** The SQL stores over {@code db}; {@code clock} stamps the rows they write. */
  public static DeliveryStores sql(Database db, Clock clock) {
    return new DeliveryStores(new SqlOutboxStore(db, clock), new SqlDeliveryHistoryStore(db));
  }
}
