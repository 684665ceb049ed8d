package dev.herald.stories;

import java.time.Instant;
import java.util.Objects;

/**
 * A time range a lookup covers, {@code [from, to)}, and how to say it ("today", "the last 3 days", "26 Nov 2026").
 */
record Period(Instant from, Instant to, String words) {
  static final Period ANY_TIME = new Period(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), "any time");

  Period {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    Objects.requireNonNull(words, "words == null");
    if (!from.isBefore(to)) throw new IllegalArgumentException("empty period: " + from + " .. " + to);
  }
}
