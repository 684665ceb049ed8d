package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedRegistryTest {
  private static final FeedSource INSTANCE =
      FeedSource.of("wire", "Wire", URI.create("https://wire.example/rss"), List.of("world"));
  private static final WorkspaceKey ACME = new WorkspaceKey(Platform.SLACK, "T001");
  private static final WorkspaceKey GLOBEX = new WorkspaceKey(Platform.DISCORD, "9001");

  private final Database db = Database.inMemory();
  private final FeedStores stores = FeedStores.sql(db, Clock.systemUTC());
  private final FeedRegistry registry = new FeedRegistry(() -> List.of(INSTANCE), stores.feeds(), stores.health(), false);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aWorkspaceSeesInstanceFeedsAndOnlyItsOwn() {
    FeedSource acme = registry.add(ACME, "https://acme.example/feed.xml", "Acme News", List.of("tech"));
    FeedSource globex = registry.add(GLOBEX, "https://globex.example/rss", "", List.of());
    assertEquals(List.of(INSTANCE, acme), registry.visibleTo(ACME));
    assertEquals(List.of(INSTANCE, globex), registry.visibleTo(GLOBEX));
    assertEquals(List.of(INSTANCE, acme, globex), registry.all().stream()
        .sorted((a, b) -> a == INSTANCE ? -1 : b == INSTANCE ? 1 : a.url().compareTo(b.url())).toList());
    assertEquals("", globex.name(), "no name given: each article's outlet comes from the site and the feed");
    assertEquals("globex.example", globex.label());
    assertTrue(acme.id().startsWith("w-"), acme.id());
    assertEquals(Optional.empty(), registry.find(ACME, globex.id()));
  }

  @Test
  void aLongNameIsCutWithoutSplittingACharacterOrKeepingControls() {
    FeedSource f = registry.add(ACME, "https://acme.example/feed.xml", "n".repeat(99) + "\ud83d\ude00 more", List.of());
    assertEquals("n".repeat(99), f.name());
    FeedSource g = registry.add(ACME, "https://acme.example/other.xml", "Acme\u001b]0;owned\u0007\u202e News\n", List.of());
    assertEquals("Acme]0;owned News", g.name());
  }

  @Test
  void oneWorkspaceCannotRemoveAnothersFeedOrAnInstanceFeed() {
    FeedSource globex = registry.add(GLOBEX, "https://globex.example/rss", "G", List.of());
    assertFalse(registry.remove(ACME, globex.id()));
    assertFalse(registry.remove(ACME, "wire"));
    assertEquals(List.of(INSTANCE, globex), registry.visibleTo(GLOBEX));
    assertTrue(registry.remove(GLOBEX, globex.id()));
    assertEquals(List.of(INSTANCE), registry.visibleTo(GLOBEX));
  }

  @Test
  void refusesBadAndDuplicateUrlsWithOneLineReasons() {
    assertEquals("feed URLs must start with http:// or https://: file:///etc/passwd", assertThrows(
        IllegalArgumentException.class, () -> registry.add(ACME, "file:///etc/passwd", "", List.of())).getMessage());
    assertEquals("feeds on special-purpose or local addresses are not allowed: 10.0.0.7 (private-use;"
        + " fetch.allow_private_addresses is off)", assertThrows(
        IllegalArgumentException.class, () -> registry.add(ACME, "http://10.0.0.7/rss", "", List.of())).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> registry.add(ACME, "http://192.0.2.10/rss", "", List.of())).getMessage().contains("TEST-NET-1"));
    assertEquals("feeds on local or internal hosts are not allowed: localhost (fetch.allow_private_addresses is off)",
        assertThrows(
        IllegalArgumentException.class, () -> registry.add(ACME, "http://localhost:8080/", "", List.of())).getMessage());
    assertEquals("feed URLs must not contain a user name or password", assertThrows(IllegalArgumentException.class,
        () -> registry.add(ACME, "https://u:p@x.example/rss", "", List.of())).getMessage());
    assertEquals("this feed is already there as \"Wire\" (wire)", assertThrows(IllegalArgumentException.class,
        () -> registry.add(ACME, "http://WIRE.example/rss/", "", List.of())).getMessage());
    FeedSource added = registry.add(ACME, "<https://acme.example/rss>", "", List.of());
    assertEquals(URI.create("https://acme.example/rss"), added.url());
  }

  @Test
  void listsHealthAsPeopleReadIt() {
    FeedSource acme = registry.add(ACME, "https://acme.example/rss", "Acme", List.of());
    Instant t = Instant.parse("2026-11-27T08:00:00Z");
    FeedBackoff backoff = new FeedBackoff(3);
    stores.health().save(backoff.succeeded(FeedHealth.fresh("wire"), t, Validators.NONE, 12));
    stores.health().save(backoff.failed(FeedHealth.fresh(acme.id()), t, "HTTP 404 Client Error",
        acme.pollInterval(), java.time.Duration.ZERO));
    List<FeedStatus> s = registry.status(ACME);
    assertEquals("ok, 12 items, read 2026-11-27 08:00 UTC", s.get(0).describe());
    assertEquals(FeedStatus.State.FAILING, s.get(1).state());
    assertTrue(s.get(1).describe().startsWith("failing (1 in a row): HTTP 404 Client Error; next attempt 2026-11-27"),
        s.get(1).describe());
    registry.reenable(acme.id());
    FeedHealth h = stores.health().find(acme.id()).orElseThrow();
    assertEquals(0, h.consecutiveFailures());
    assertTrue(h.neverRead(), "re-enabling must not fake a first read");
  }

  @Test
  void removingAFeedForgetsItsHealth() {
    FeedSource acme = registry.add(ACME, "https://acme.example/rss", "Acme", List.of());
    stores.health().save(FeedHealth.fresh(acme.id()));
    registry.remove(ACME, acme.id());
    assertEquals(Optional.empty(), stores.health().find(acme.id()));
  }
}
