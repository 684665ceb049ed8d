package dev.herald.store;

import java.util.Locale;

/** Where an outbox row is in its life: pending, claimed by a worker, sent, or parked with a reason. */
public enum DeliveryState {
  PENDING,
  CLAIMED,
  SENT,
  PARKED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveryState parse(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
