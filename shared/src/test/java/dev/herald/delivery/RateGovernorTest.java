package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateGovernorTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  final ChannelKey a = ChannelKey.of(Platform.DISCORD, "G1", "1");
  final ChannelKey b = ChannelKey.of(Platform.DISCORD, "G1", "2");

  static DeliverySettings.Limits limits(double perChannel, int burst, double global, int budget) {
    return new DeliverySettings.Limits(perChannel, burst, 0, global, budget, Duration.ofMinutes(10));
  }

  @Test
  void aChannelGetsItsBurstThenWaitsAWindowAfterTheAnswers() {
    RateGovernor g = new RateGovernor(limits(1, 5, 0, 1000), T);
    for (int i = 0; i < 5; i++) assertTrue(g.tryAcquire(a, T));
    assertFalse(g.tryAcquire(a, T));
    assertTrue(g.tryAcquire(b, T), "channels are independent");
    for (int i = 0; i < 5; i++) {
      g.answered(a, T.plusMillis(100 + i));
      g.settled(a, T.plusMillis(100 + i));
    }
    // 5 per 5 seconds: the first slot frees 5 s after the first answer
    assertEquals(T.plusMillis(5100), g.availableAt(a, T.plusMillis(200)));
    assertFalse(g.tryAcquire(a, T.plusMillis(5099)));
    assertTrue(g.tryAcquire(a, T.plusMillis(5100)));
    assertFalse(g.tryAcquire(a, T.plusMillis(5100)));
    assertTrue(g.tryAcquire(a, T.plusMillis(5101)));
  }

  @Test
  void aSlotIsHeldFromTheSendUntilAWindowAfterItsAnswer() {
    RateGovernor g = new RateGovernor(limits(1, 1, 0, 1000), T);
    assertTrue(g.tryAcquire(a, T));
    assertEquals(T.plusSeconds(1), g.availableAt(a, T), "at least a window: the answer is still to come");
    assertFalse(g.tryAcquire(a, T.plusSeconds(2)), "still on its way");
    g.answered(a, T.plusMillis(2300));
    g.settled(a, T.plusMillis(2300));
    assertEquals(T.plusMillis(3300), g.availableAt(a, T.plusMillis(2300)));
    assertTrue(g.tryAcquire(a, T.plusMillis(3300)));
  }

  @Test
  void aSendThatMadeNoRequestGivesItsSlotBack() {
    RateGovernor g = new RateGovernor(limits(1, 1, 2, 1000), T);
    assertTrue(g.tryAcquire(a, T));
    assertTrue(g.tryAcquire(b, T));
    assertEquals(T.plusSeconds(1), g.platformAvailableAt(T), "both global slots are taken");
    g.settled(a, T.plusMillis(5));
    assertEquals(T.plusMillis(5), g.platformAvailableAt(T.plusMillis(5)));
    assertTrue(g.tryAcquire(a, T.plusMillis(5)));
  }

  @Test
  void theGlobalLimitIsKeptInEverySecondTheServerSeesAndNearlyReached() {
    // 16 senders, requests take 2-40 ms to reach the server and 2-40 ms to come back, in random order
    RateGovernor g = new RateGovernor(limits(1000, 1000, 50, 1000), T);
    java.util.Random random = new java.util.Random(7);
    java.util.PriorityQueue<long[]> inFlight = new java.util.PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
    List<Long> arrivals = new ArrayList<>();
    int n = 0;
    for (long us = 0; us < 20_000_000; us += 500) {
      Instant now = T.plusNanos(us * 1000);
      while (!inFlight.isEmpty() && inFlight.peek()[0] <= us) {
        long[] done = inFlight.poll();
        ChannelKey ch = ChannelKey.of(Platform.DISCORD, "G1", "c" + done[1]);
        g.answered(ch, now);
        g.settled(ch, now);
      }
      while (inFlight.size() < 16) {
        ChannelKey ch = ChannelKey.of(Platform.DISCORD, "G1", "c" + n);
        if (!g.tryAcquire(ch, now)) break;
        long arrive = us + 2_000 + random.nextInt(38_000);
        arrivals.add(arrive);
        inFlight.add(new long[] {arrive + 2_000 + random.nextInt(38_000), n++});
      }
    }
    java.util.Collections.sort(arrivals);
    for (int i = 50; i < arrivals.size(); i++) {
      assertTrue(arrivals.get(i) - arrivals.get(i - 50) >= 1_000_000, "51 requests within a second at " + i);
    }
    // 20 s at 50 in any second, less one round trip (at most 80 ms) per slot
    assertTrue(arrivals.size() >= 20 * 50 * 1000 / 1080, "sent " + arrivals.size());
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
  void instancesSendingTogetherSplitTheRefusedBudgetAsTheyMayShareOneAddress() {
    // Discord bans an address past 10,000 invalid requests in 10 minutes; two instances behind one NAT at 6,000 each
    // would pass it together
    RateGovernor g = new RateGovernor(limits(10, 10, 50, 6000), T);
    g.share(2, T);
    for (int i = 0; i < 2999; i++) g.refused(T);
    assertTrue(g.holdReason(T).isEmpty(), "under its half");
    g.refused(T);
    assertEquals(T.plus(Duration.ofMinutes(10)), g.platformAvailableAt(T.plusSeconds(1)), "its half is spent");
    assertTrue(g.holdReason(T.plusSeconds(1)).orElseThrow().contains("3000 refused requests"));
  }

  @Test
  void rateLimitAnswersPaceTheChannelButNeverSpendTheRefusedBudget() {
    RateGovernor g = new RateGovernor(limits(10, 10, 0, 3), T);
    for (int i = 0; i < 10; i++) g.rateLimited(a, Duration.ofSeconds(1), false, T.plusSeconds(i));
    Instant now = T.plusSeconds(20);
    assertEquals(now, g.platformAvailableAt(now), "a 429 is the platform's pacing, not a revoked token");
    assertTrue(g.holdReason(now).isEmpty());
    assertEquals(T.plusSeconds(10), g.availableAt(a, T.plusSeconds(9)), "the channel still waits its Retry-After");
    for (int i = 0; i < 3; i++) g.refused(now);
    assertTrue(g.holdReason(now).orElseThrow().contains("3 refused requests"), "401/403 answers still count");
  }

  @Test
  void eachOfSeveralInstancesSendsItsShareOfThePlatformLimit() {
    RateGovernor g = new RateGovernor(limits(1000, 1000, 50, 1000), T);
    g.share(2, T);
    int taken = 0;
    while (g.tryAcquire(ChannelKey.of(Platform.DISCORD, "G1", "c" + taken), T)) taken++;
    assertEquals(25, taken, "two instances: 25 a second each");
    g.share(3, T);
    assertEquals(T.plusSeconds(1), g.platformAvailableAt(T), "already past a third");
    for (int i = 0; i < taken; i++) g.settled(ChannelKey.of(Platform.DISCORD, "G1", "c" + i), T);
    for (taken = 0; g.tryAcquire(ChannelKey.of(Platform.DISCORD, "G1", "d" + taken), T); ) taken++;
    assertEquals(16, taken, "three instances: 16 a second each, 48 in all");
    for (int i = 0; i < taken; i++) g.settled(ChannelKey.of(Platform.DISCORD, "G1", "d" + i), T);
    // the others stopped: their last requests leave the window before this one takes the whole limit
    g.share(1, T);
    for (taken = 0; g.tryAcquire(ChannelKey.of(Platform.DISCORD, "G1", "e" + taken), T); ) taken++;
    assertEquals(16, taken, "still a third within the window");
    for (int i = 0; i < taken; i++) g.settled(ChannelKey.of(Platform.DISCORD, "G1", "e" + i), T);
    Instant later = T.plusSeconds(1);
    for (taken = 0; g.tryAcquire(ChannelKey.of(Platform.DISCORD, "G1", "f" + taken), later); ) taken++;
    assertEquals(50, taken, "alone again a window later: the whole limit");
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
