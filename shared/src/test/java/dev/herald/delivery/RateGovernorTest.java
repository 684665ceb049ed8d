package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateGovernorTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  final ChannelKey a = ChannelKey.of(Platform.DISCORD, "G1", "1");
  final ChannelKey b = ChannelKey.of(Platform.DISCORD, "G1", "2");

  static DeliverySettings.Limits limits(double perChannel, int burst, double global, int budget) {
    return new DeliverySettings.Limits(perChannel, burst, 0, global, budget, Duration.ofMinutes(10));
  }

  @Test
  void aChannelGetsItsBurstThenOneSendPerInterval() {
    RateGovernor g = new RateGovernor(limits(1, 5, 0, 1000), T);
    for (int i = 0; i < 5; i++) assertTrue(g.tryAcquire(a, T));
    assertFalse(g.tryAcquire(a, T));
    assertTrue(g.tryAcquire(b, T), "channels are independent");
    assertEquals(T.plusSeconds(1), g.availableAt(a, T));
    assertTrue(g.tryAcquire(a, T.plusSeconds(1)));
  }

  @Test
  void theGlobalRateSpreadsSendsEvenly() {
    RateGovernor g = new RateGovernor(limits(0.001, 1000, 50, 1000), T);
    int sent = 0;
    for (int ms = 0; ms < 10_000; ms++) {
      Instant now = T.plusMillis(ms);
      ChannelKey ch = ChannelKey.of(Platform.DISCORD, "G1", "c" + ms);
      if (g.tryAcquire(ch, now)) sent++;
    }
    // 10 s at 50/s, evenly: no burst at the bot level
    assertTrue(sent >= 500 && sent <= 501, "sent " + sent);
  }

  @Test
  void aRetryAfterCoolsTheChannelOrEveryChannelWhenGlobal() {
    RateGovernor g = new RateGovernor(limits(10, 10, 0, 1000), T);
    g.rateLimited(a, Duration.ofSeconds(3), false, T);
    assertEquals(T.plusSeconds(3), g.availableAt(a, T));
    assertEquals(T, g.availableAt(b, T));
    g.rateLimited(a, Duration.ofSeconds(2), true, T);
    assertEquals(T.plusSeconds(2), g.availableAt(b, T));
    assertTrue(g.heldUntil(T).isPresent());
  }

  @Test
  void tooManyRefusedRequestsStopSendingUntilTheyAgeOut() {
    RateGovernor g = new RateGovernor(limits(10, 10, 0, 3), T);
    g.refused(T);
    g.refused(T.plusSeconds(60));
    assertEquals(T.plusSeconds(61), g.platformAvailableAt(T.plusSeconds(61)), "under budget");
    g.refused(T.plusSeconds(120));
    Instant now = T.plusSeconds(121);
    assertEquals(T.plus(Duration.ofMinutes(10)), g.platformAvailableAt(now));
    assertTrue(g.holdReason(now).orElseThrow().contains("3 refused requests"));
    assertEquals(T.plus(Duration.ofMinutes(10)).plusSeconds(1), g.platformAvailableAt(T.plus(Duration.ofMinutes(10)).plusSeconds(1)));
  }

  @Test
  void aRefusedTokenHoldsLongerEachTimeUntilASendWorks() {
    RateGovernor g = new RateGovernor(limits(10, 10, 0, 1000), T);
    g.unauthorized("invalid_auth", T);
    assertEquals(T.plusSeconds(60), g.heldUntil(T).orElseThrow());
    g.unauthorized("invalid_auth", T.plusSeconds(60));
    assertEquals(T.plusSeconds(180), g.heldUntil(T.plusSeconds(60)).orElseThrow());
    g.succeeded();
    g.unauthorized("invalid_auth", T.plusSeconds(200));
    assertEquals(T.plusSeconds(260), g.heldUntil(T.plusSeconds(200)).orElseThrow());
  }
}
