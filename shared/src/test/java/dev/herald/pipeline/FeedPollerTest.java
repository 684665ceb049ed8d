package dev.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.articles.IngestReport;
import dev.herald.feeds.FeedBackoff;
import dev.herald.feeds.Validators;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedSource;
import dev.herald.store.Database;
import dev.herald.store.FeedHealthStore;
import dev.herald.store.FeedStores;
import dev.herald.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  final MutableClock clock = new MutableClock(T);
  final Set<String> failing = new HashSet<>();
  final List<List<String>> runs = new ArrayList<>();
  final Database db = Database.inMemory();
  /** The feeds stage's health, which the poller obeys and the (fake) ingestion updates as the real one does. */
  final FeedHealthStore health = FeedStores.sql(db, clock).health();
  FeedBackoff backoff = new FeedBackoff(5);

  @AfterEach
  void close() {
    db.close();
  }

  FeedSource feed(String id, Duration interval) {
    return new FeedSource(id, id, URI.create("https://" + id + ".example/feed"), List.of(), FeedScope.INSTANCE,
        interval);
  }

  FeedPoller poller(List<FeedSource> feeds) {
    return new FeedPoller(() -> feeds, due -> {
      runs.add(due.stream().map(FeedSource::id).toList());
      List<IngestReport> reports = new ArrayList<>();
      for (FeedSource f : due) {
        FeedHealth h = state(f);
        if (failing.contains(f.id())) {
          health.save(backoff.failed(h, clock.instant(), "HTTP 503", f.pollInterval(), Duration.ZERO));
          reports.add(IngestReport.failed(f.id(), "HTTP 503"));
        } else {
          health.save(backoff.succeeded(h, clock.instant(), Validators.NONE, 0));
          reports.add(new IngestReport(f.id(), List.of(), List.of(), Set.of(), Optional.empty()));
        }
      }
      return new RunReport(clock.instant(), clock.instant(), reports, List.of(), Set.of(), List.of(), Set.of());
    }, health, clock);
  }

  FeedHealth state(FeedSource f) {
    return health.find(f.id()).orElse(FeedHealth.fresh(f.id()));
  }

  @Test
  void aCheckAnsweredWhileAnotherInstanceIsPollingIsReadAtTheNextPollOfAnyInstance(@TempDir Path dir) {
    Database fileA = Database.open(dir.resolve("herald.db"));
    Database fileB = Database.open(dir.resolve("herald.db"));
    try {
      FeedHealthStore healthA = FeedStores.sql(fileA, clock).health();
      FeedHealthStore healthB = FeedStores.sql(fileB, clock).health();
      List<FeedSource> feeds = List.of(feed("slow", Duration.ofHours(1)));
      List<List<String>> readByB = new ArrayList<>();
      FeedPoller b = new FeedPoller(() -> feeds, due -> {
        readByB.add(due.stream().map(FeedSource::id).toList());
        List<IngestReport> reports = new ArrayList<>();
        for (FeedSource f : due) {
          healthB.save(backoff.succeeded(healthB.find(f.id()).orElse(FeedHealth.fresh(f.id())), clock.instant(),
              Validators.NONE, 0));
          reports.add(new IngestReport(f.id(), List.of(), List.of(), Set.of(), Optional.empty()));
        }
        return new RunReport(clock.instant(), clock.instant(), reports, List.of(), Set.of(), List.of(), Set.of());
      }, healthB, clock);
      // A's runs are skipped: B holds the pipeline's lease (Pipeline.run then reports no feed)
      List<List<String>> skippedByA = new ArrayList<>();
      FeedPoller a = new FeedPoller(() -> feeds, due -> {
        skippedByA.add(due.stream().map(FeedSource::id).toList());
        return new RunReport(clock.instant(), clock.instant(), List.of(), List.of(), Set.of(), List.of(), Set.of());
      }, healthA, clock);

      b.tick();
      clock.advance(Duration.ofMinutes(5));
      a.tick(Set.of("slow")); // a manager's /herald feeds check, answered by A while B polls
      assertEquals(List.of(List.of("slow")), skippedByA);
      clock.advance(Duration.ofSeconds(30));
      b.tick(); // the next scheduled poll, on B
      assertEquals(List.of(List.of("slow"), List.of("slow")), readByB, "read for the check, 55 minutes early");
      clock.advance(Duration.ofSeconds(30));
      assertTrue(b.tick().isEmpty(), "once: the check is done");
      assertTrue(a.tick().isEmpty());
    } finally {
      fileA.close();
      fileB.close();
    }
  }

  @Test
  void eachFeedIsPolledAtItsOwnInterval() {
    FeedPoller p = poller(List.of(feed("fast", Duration.ofMinutes(5)), feed("slow", FeedSource.DEFAULT_POLL_INTERVAL)));
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
    backoff = new FeedBackoff(3);
    FeedSource bad = feed("bad", Duration.ofMinutes(10));
    FeedPoller p = poller(List.of(bad));
    p.tick(); // failure 1: next in 10 minutes +9% (this feed's spread)
    clock.advance(Duration.ofMinutes(11));
    p.tick(); // failure 2: next in 20 minutes +10%
    clock.advance(Duration.ofMinutes(11));
    assertTrue(p.tick().isEmpty(), "backing off");
    assertEquals(2, state(bad).consecutiveFailures());
    clock.advance(Duration.ofMinutes(11));
    p.tick(); // failure 3: disabled
    assertTrue(state(bad).disabled());
    clock.advance(Duration.ofDays(2));
    assertTrue(p.tick().isEmpty());
    assertEquals(3, runs.size());
  }

  @Test
  void aSuccessResetsTheBackoff() {
    failing.add("flaky");
    FeedSource flaky = feed("flaky", Duration.ofMinutes(10));
    FeedPoller p = poller(List.of(flaky));
    p.tick();
    failing.clear();
    clock.advance(Duration.ofMinutes(10));
    p.tick();
    assertEquals(0, state(flaky).consecutiveFailures());
    assertEquals(Optional.of(T.plus(Duration.ofMinutes(20))),
        FeedBackoff.due(flaky, state(flaky), p.lastPolled("flaky")));
  }

  @Test
  void theIngestionStagesHealthStoreDecidesBackoffAndDisabling() {
    FeedSource slow = feed("slow", Duration.ofMinutes(10));
    FeedSource gone = feed("gone", Duration.ofMinutes(10));
    health.save(new FeedHealth("slow", 2, "HTTP 503", Optional.of(T), Optional.empty(),
        Optional.of(T.plus(Duration.ofMinutes(40))), false, "", "", 0));
    health.save(new FeedHealth("gone", 11, "HTTP 410", Optional.of(T), Optional.empty(),
        Optional.empty(), true, "", "", 0));
    FeedPoller p = poller(List.of(slow, gone));
    assertTrue(p.tick().isEmpty(), "backing off, and disabled");
    assertEquals(Optional.empty(), FeedBackoff.due(gone, state(gone), Optional.empty()), "disabled: never due");
    clock.advance(Duration.ofMinutes(40));
    p.tick();
    assertEquals(List.of(List.of("slow")), runs);
  }

  @Test
  void aManagersCheckPollsTheNamedFeedsAtOnceWhateverTheirIntervalOrBackoff() {
    failing.add("flaky");
    FeedPoller p = poller(List.of(feed("flaky", Duration.ofMinutes(10)), feed("calm", Duration.ofMinutes(10))));
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
