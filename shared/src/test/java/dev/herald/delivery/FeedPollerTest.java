package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.IngestReport;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  final MutableClock clock = new MutableClock(T);
  final Set<String> failing = new HashSet<>();
  final List<List<String>> runs = new ArrayList<>();

  FeedSource feed(String id, Duration interval) {
    return new FeedSource(id, id, URI.create("https://" + id + ".example/feed"), List.of(), FeedScope.INSTANCE,
        interval);
  }

  FeedPoller poller(List<FeedSource> feeds, FeedHealthSource health) {
    return new FeedPoller(() -> feeds, due -> {
      runs.add(due.stream().map(FeedSource::id).toList());
      List<IngestReport> reports = new ArrayList<>();
      for (FeedSource f : due) {
        reports.add(failing.contains(f.id()) ? IngestReport.failed(f.id(), "HTTP 503")
            : new IngestReport(f.id(), List.of(), List.of(), Set.of(), Optional.empty()));
      }
      return new RunOutcome(reports, Set.of(), Set.of());
    }, health, clock);
  }

  @Test
  void eachFeedIsPolledAtItsOwnInterval() {
    FeedPoller p = poller(List.of(feed("fast", Duration.ofMinutes(5)), feed("slow", FeedSource.DEFAULT_POLL_INTERVAL)),
        FeedHealthSource.tracking(5));
    p.tick();
    clock.advance(Duration.ofMinutes(5));
    p.tick();
    clock.advance(Duration.ofMinutes(4));
    assertTrue(p.tick().isEmpty());
    clock.advance(Duration.ofMinutes(1));
    p.tick();
    assertEquals(List.of(List.of("fast", "slow"), List.of("fast"), List.of("fast", "slow")), runs);
  }

  @Test
  void aFailingFeedBacksOffExponentiallyAndIsDisabledAfterTooManyFailures() {
    failing.add("bad");
    FeedHealthSource health = FeedHealthSource.tracking(3);
    FeedSource bad = feed("bad", Duration.ofMinutes(10));
    FeedPoller p = poller(List.of(bad), health);
    p.tick(); // failure 1: next in 10 minutes
    clock.advance(Duration.ofMinutes(10));
    p.tick(); // failure 2: next in 20
    clock.advance(Duration.ofMinutes(10));
    assertTrue(p.tick().isEmpty(), "backing off");
    assertEquals(2, health.state(bad).consecutiveFailures());
    clock.advance(Duration.ofMinutes(10));
    p.tick(); // failure 3: disabled
    assertTrue(health.state(bad).disabled().isPresent());
    clock.advance(Duration.ofDays(2));
    assertTrue(p.tick().isEmpty());
    assertEquals(3, runs.size());
  }

  @Test
  void aSuccessResetsTheBackoff() {
    failing.add("flaky");
    FeedHealthSource health = FeedHealthSource.tracking(5);
    FeedSource flaky = feed("flaky", Duration.ofMinutes(10));
    FeedPoller p = poller(List.of(flaky), health);
    p.tick();
    failing.clear();
    clock.advance(Duration.ofMinutes(10));
    p.tick();
    assertEquals(0, health.state(flaky).consecutiveFailures());
    assertEquals(Optional.of(T.plus(Duration.ofMinutes(20))), health.due(flaky, p.lastPolled("flaky")));
  }

  @Test
  void theIngestionStagesHealthStoreDecidesBackoffAndDisabling() {
    java.util.Map<String, dev.herald.model.FeedHealth> stored = new java.util.HashMap<>();
    dev.herald.store.FeedHealthStore store = new dev.herald.store.FeedHealthStore() {
      @Override
      public Optional<dev.herald.model.FeedHealth> find(String feedId) {
        return Optional.ofNullable(stored.get(feedId));
      }

      @Override
      public void save(dev.herald.model.FeedHealth h) {
        stored.put(h.feedId(), h);
      }

      @Override
      public void delete(String feedId) {
        stored.remove(feedId);
      }

      @Override
      public List<dev.herald.model.FeedHealth> all() {
        return List.copyOf(stored.values());
      }
    };
    FeedSource slow = feed("slow", Duration.ofMinutes(10));
    FeedSource gone = feed("gone", Duration.ofMinutes(10));
    store.save(new dev.herald.model.FeedHealth("slow", 2, "HTTP 503", Optional.of(T), Optional.empty(),
        Optional.of(T.plus(Duration.ofMinutes(40))), false, "", "", 0));
    store.save(new dev.herald.model.FeedHealth("gone", 11, "HTTP 410", Optional.of(T), Optional.empty(),
        Optional.empty(), true, "", "", 0));
    FeedHealthSource health = FeedHealthSource.of(store);
    FeedPoller p = poller(List.of(slow, gone), health);
    assertTrue(p.tick().isEmpty(), "backing off, and disabled");
    assertEquals(Optional.of("HTTP 503"), health.state(slow).problem());
    assertTrue(health.state(gone).disabled().orElseThrow().contains("HTTP 410"));
    clock.advance(Duration.ofMinutes(40));
    p.tick();
    assertEquals(List.of(List.of("slow")), runs);
  }

  @Test
  void aManagersCheckPollsTheNamedFeedsAtOnceWhateverTheirIntervalOrBackoff() {
    failing.add("flaky");
    FeedHealthSource health = FeedHealthSource.tracking(5);
    FeedPoller p = poller(List.of(feed("flaky", Duration.ofMinutes(10)), feed("calm", Duration.ofMinutes(10))), health);
    p.tick();
    clock.advance(Duration.ofMinutes(1));
    assertTrue(p.tick().isEmpty(), "nothing is due for another nine minutes");
    p.tick(Set.of("flaky", "calm"));
    assertEquals(List.of("flaky", "calm"), runs.get(runs.size() - 1), "both polled now");
    clock.advance(Duration.ofMinutes(1));
    p.tick(Set.of("calm"));
    assertEquals(List.of("calm"), runs.get(runs.size() - 1), "only what was asked for, besides what is due");
  }
}
