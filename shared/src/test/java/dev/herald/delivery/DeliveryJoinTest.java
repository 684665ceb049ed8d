package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance says it sends a platform's outbox before its client logs in ({@link DeliveryEngine#join}), on a real
 * SQLite store with a hand-moved clock; the other instance is played through the same store.
 */
class DeliveryJoinTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  static final Duration LEASE = DeliverySettings.defaults().workers().lease();

  @TempDir Path dir;
  DeliveryHarness h;
  DeliveryEngine engine;

  @BeforeEach
  void open() {
    h = new DeliveryHarness(dir.resolve("herald.db"), T);
    engine = h.build();
  }

  @AfterEach
  void close() {
    h.close();
  }

  /** Who sends the platform's outbox, as another instance ("other") sees it when it looks at {@code now}. */
  List<String> seenByOther(Platform p) {
    Instant now = h.clock.instant();
    return h.delivery.outbox().senders(p, "other", now, now.minus(LEASE));
  }

  @Test
  void aloneItMayLogInAtOnce() {
    assertEquals(T, engine.join(Platform.DISCORD));
  }

  @Test
  void withAnotherSendingItLogsInOnceTheOtherKeepsToHalfTheBotsLimitAndItsEarlierRequestsLeftTheWindow() {
    seenByOther(Platform.DISCORD);
    // the other looks every 2 s (a third of the 30 s lease, at most 2 s), up to two periods late; then one window
    assertEquals(T.plusSeconds(5), engine.join(Platform.DISCORD));
    assertEquals(List.of("other", "test-worker"), seenByOther(Platform.DISCORD), "the other shares from its next look");
  }

  @Test
  void aPlatformWithoutLimitsTheInstancesShareMayLogInAtOnce() {
    seenByOther(Platform.SLACK);
    assertEquals(T, engine.join(Platform.SLACK));
  }

  @Test
  void itStaysASenderWhileItsLoginTakesLongerThanALease() {
    engine.join(Platform.DISCORD);
    for (int i = 0; i < 6; i++) {
      h.clock.advance(LEASE.dividedBy(3));
      engine.stillJoining();
    }
    assertEquals(List.of("other", "test-worker"), seenByOther(Platform.DISCORD));
  }

  @Test
  void withoutSayingItAgainItIsForgottenAfterALease() {
    engine.join(Platform.DISCORD);
    h.clock.advance(LEASE.plusSeconds(1));
    assertEquals(List.of("other"), seenByOther(Platform.DISCORD));
  }

  @Test
  void stoppedBeforeItStartedItLeavesAtOnce() {
    engine.join(Platform.DISCORD);
    engine.stop();
    assertEquals(List.of("other"), seenByOther(Platform.DISCORD));
  }

  @Test
  void startedWithoutThatPlatformsPublisherItLeavesIt() {
    engine.join(Platform.DISCORD);
    engine.start();
    assertEquals(List.of("other"), seenByOther(Platform.DISCORD));
  }
}
