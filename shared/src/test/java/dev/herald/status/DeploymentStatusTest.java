package dev.herald.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.pipeline.Pipeline;
import dev.herald.store.Database;
import dev.herald.store.InstanceStatusStore;
import dev.herald.store.RunLeaseStore;
import dev.herald.testing.MutableClock;
import dev.herald.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two instances, each with its own connection pool, heartbeat and status section, on one real database (a SQLite
 * file; a PostgreSQL database), with a hand-moved clock: {@code /herald status} answered by either shows both, each
 * by name with its own hold and problems, and which one polls the feeds; an instance that stopped writing its
 * heartbeat is left out once its report is stale, and one that stops is left out at once.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DeploymentStatusTest {
  static final Instant T = Instant.parse("2026-12-07T07:30:00Z");
  static final ChannelKey CHANNEL = ChannelKey.of(Platform.SLACK, "T1", "C1");
  static final String REFUSED = "the platform refused Herald's token (invalid_auth); next try at 2026-12-07T07:31:00Z";

  @Parameter TestDatabase kind;
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(T);
  Database first;
  Database second;
  /** Instance A's Slack hold, as its rate governor would say. */
  final AtomicReference<Optional<String>> holdOfA = new AtomicReference<>(Optional.empty());
  /** Instance B's Slack errors. */
  final List<InstanceStatus.Problem> problemsOfB = new CopyOnWriteArrayList<>();
  Node a;
  Node b;

  /** One instance's heartbeat and status section on its own pool. */
  record Node(StatusBeacon beacon, DeploymentStatus status) {}

  Node node(Database db, String name, StatusSource source) {
    InstanceStatusStore reports = InstanceStatusStore.sql(db);
    RunLeaseStore leases = RunLeaseStore.sql(db);
    StatusBeacon beacon = new StatusBeacon(name, reports, List.of(source), clock);
    return new Node(beacon, new DeploymentStatus(beacon, reports, now -> leases.holder(Pipeline.LEASE, now), clock));
  }

  @BeforeEach
  void open() {
    List<Database> pools = kind.twoInstances(dir);
    first = pools.get(0);
    second = pools.get(1);
    a = node(first, "herald-a", now -> InstanceStatus.sending(Map.of(Platform.SLACK, holdOfA.get())));
    b = node(second, "herald-b", now -> InstanceStatus.sending(Map.of(Platform.SLACK, Optional.empty()))
        .and(InstanceStatus.problems(problemsOfB)));
  }

  @AfterEach
  void close() {
    if (first != null) first.close();
    if (second != null) second.close();
  }

  List<String> statusBy(Node n) {
    return n.status().report(CHANNEL).lines();
  }

  @Test
  void eitherInstanceAnswersForBothAndLeavesOutOneThatStopped() {
    // A polls the feeds and its token was refused; B was refused a post in this channel
    RunLeaseStore.sql(first).acquire(Pipeline.LEASE, "herald-a", T, T.plusSeconds(60));
    holdOfA.set(Optional.of(REFUSED));
    problemsOfB.add(new InstanceStatus.Problem(T.minusSeconds(90), Platform.SLACK, "T1", "C1",
        "chat.postMessage failed", "not_in_channel"));
    a.beacon().publish();
    b.beacon().publish();
    clock.advance(Duration.ofSeconds(3));

    assertEquals(List.of(
        "herald-a (polling the feeds now): sending to Slack is held back: " + REFUSED + ".",
        "herald-b (this one): sending to Slack.",
        "herald-b: chat.postMessage failed in this channel: not_in_channel (1 min ago)."), statusBy(b));
    assertEquals(List.of(
        "herald-a (this one, polling the feeds now): sending to Slack is held back: " + REFUSED + ".",
        "herald-b: sending to Slack.",
        "herald-b: chat.postMessage failed in this channel: not_in_channel (1 min ago)."), statusBy(a));

    // A stops writing its heartbeat (killed): once its report is stale, B leaves it out
    clock.advance(StatusBeacon.STALE);
    b.beacon().publish();
    assertEquals(List.of("herald-b (this one): sending to Slack.",
        "herald-b: chat.postMessage failed in this channel: not_in_channel (1 min ago)."), statusBy(b));

    // A is back, its token accepted again; then it stops cleanly and is left out at once
    holdOfA.set(Optional.empty());
    a.beacon().publish();
    assertEquals("herald-a (polling the feeds now): sending to Slack.", statusBy(b).get(0));
    a.beacon().close();
    assertEquals("herald-b (this one): sending to Slack.", statusBy(b).get(0));
  }
}
