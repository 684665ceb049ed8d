package dev.herald.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.feeds.FeedRegistry;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /herald feeds} over the registry: what a workspace reads, adds and checks. */
class RegistryFeedAdminTest {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  final Database db = Database.inMemory();
  final FeedStores stores = FeedStores.sql(db, Clock.fixed(NOW, ZoneOffset.UTC));
  final WorkspaceKey t1 = new WorkspaceKey(Platform.SLACK, "T1");
  final WorkspaceKey t2 = new WorkspaceKey(Platform.SLACK, "T2");
  final List<Set<String>> polled = new ArrayList<>();
  final FeedRegistry registry = new FeedRegistry(
      () -> List.of(FeedSource.of("wire", "Wire", URI.create("https://wire.example/rss"), List.of("world")),
          FeedSource.of("dead", "Dead", URI.create("https://dead.example/rss"), List.of())),
      stores.feeds(), stores.health(), false);
  final RegistryFeedAdmin admin = new RegistryFeedAdmin(registry,
      () -> new java.util.TreeSet<>(List.of("transport", "world")), polled::add);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void checkHandsTheWorkspacesFeedsToThePollerAtOnce() {
    String mine = registry.add(t1, "https://mine.example/rss", "Mine", List.of()).id();
    String theirs = registry.add(t2, "https://theirs.example/rss", "Theirs", List.of()).id();
    polled.clear();
    stores.health().save(new FeedHealth("dead", 11, "HTTP 410", Optional.of(NOW), Optional.empty(), Optional.empty(),
        true, "", "", 0));
    List<String> lines = admin.check(t1);
    assertEquals(1, polled.size());
    assertEquals(Set.of("wire", mine), polled.get(0), "not " + theirs + " (another workspace's) nor the disabled one");
    assertEquals("Polling these 2 feeds now; run /herald feeds in a minute for the fresh results.",
        lines.get(lines.size() - 1));
  }

  @Test
  void anAddedFeedIsPolledAtOnce() {
    admin.add(t1, List.of("https://mine.example/rss", "Mine"));
    assertEquals(1, polled.size());
    assertEquals(1, polled.get(0).size());
  }

  @Test
  void aFeedsTopicsMustBeKnownTopics() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> admin.add(t1, List.of("https://mine.example/rss", "Mine", "#wrold")));
    assertEquals("Unknown topic \u201cwrold\u201d. Topics: transport, world.", e.getMessage());
    assertTrue(registry.visibleTo(t1).stream().noneMatch(f -> f.name().equals("Mine")), "nothing added");
    admin.add(t1, List.of("https://mine.example/rss", "Mine", "#transport"));
    assertTrue(registry.visibleTo(t1).stream().anyMatch(f -> f.topics().equals(List.of("transport"))));
  }
}
