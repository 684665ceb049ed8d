package dev.herald.bot.fake;

import java.io.IOException;
import java.time.Clock;
import java.util.function.LongSupplier;

/** Options of a {@link FakeSlackServer}; {@link #build()} starts it. */
public final class FakeSlackServerBuilder {
  String team = "T1";
  boolean keepBodies = true;
  double perSecond;
  int burst = 1;
  LongSupplier nanos = System::nanoTime;
  Clock clock = Clock.systemUTC();
  int threads = 4;

  /** False keeps only methods, channels and idempotency keys: for benchmarks that post many messages. */
  public FakeSlackServerBuilder keepBodies(boolean v) {
    this.keepBodies = v;
    return this;
  }

  /** Enforces chat.postMessage's limit per channel: {@code perSecond} with bursts of {@code burst}. */
  public FakeSlackServerBuilder rateLimit(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
    return this;
  }

  /** Slack's documented limit: one message a second per channel, no burst. */
  public FakeSlackServerBuilder slackRateLimit() {
    return rateLimit(1, 1);
  }

  /** The time source of the rate limit (tests move it by hand). */
  public FakeSlackServerBuilder nanoTime(LongSupplier v) {
    this.nanos = v;
    return this;
  }

  public FakeSlackServerBuilder clock(Clock v) {
    this.clock = v;
    return this;
  }

  public FakeSlackServerBuilder threads(int v) {
    this.threads = v;
    return this;
  }

  public FakeSlackServer build() {
    try {
      return new FakeSlackServer(this);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake Slack: " + e.getMessage(), e);
    }
  }
}
