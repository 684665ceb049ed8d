package dev.herald.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests and benchmarks move by hand: {@link #set} jumps, {@link #advance} moves on. One made with {@code new}
 * stands still between moves; one made with {@link #running} also lets time run between them as the system clock
 * does, for tests whose threads wait in real time (leases, pacing) around the jumps. UTC. Thread-safe.
 */
public final class MutableClock extends Clock {
  private static final Clock STILL = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  /** Where time comes from between moves: {@link #STILL}, or the system clock. */
  private final Clock base;
  private volatile Duration offset;

  public MutableClock(Instant start) {
    this(STILL, start);
  }

  private MutableClock(Clock base, Instant start) {
    this.base = base;
    set(start);
  }

  /** A clock at {@code start} whose time then runs on as the system clock's does. */
  public static MutableClock running(Instant start) {
    return new MutableClock(Clock.systemUTC(), start);
  }

  public void set(Instant t) {
    offset = Duration.between(base.instant(), t);
  }

  public void advance(Duration d) {
    offset = offset.plus(d);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a MutableClock stays in UTC");
  }
}
