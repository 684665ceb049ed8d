package dev.herald.model;

import java.util.Locale;

/** What an outbox row sends. */
public enum DeliveryKind {
  /** One story of a daily briefing (the first carries the briefing heading as its banner). */
  BRIEFING,
  /** A topic alert: a new story on a subscribed topic, or one that grew. */
  ALERT,
  /** An edit of a posted story that gained articles (a living story). */
  UPDATE,
  /** A one-line notice, such as a briefing day with nothing new; its text is the row's banner. */
  NOTICE;

  /** Whether this kind posts a new message (every kind but {@link #UPDATE}). */
  public boolean posts() {
    return this != UPDATE;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveryKind parse(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
