package dev.herald.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.feeds.FeedBackoff;
import dev.herald.feeds.FeedRegistry;
import dev.herald.feeds.Validators;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import dev.herald.render.InfoView;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedsStatusTest {
  static final Instant T = Instant.parse("2026-11-27T08:00:00Z");
  static final FeedSource WIRE = FeedSource.of("wire", "Wire", URI.create("https://wire.example/rss"), List.of());
  static final WorkspaceKey ACME = new WorkspaceKey(Platform.SLACK, "T001");
  static final WorkspaceKey GLOBEX = new WorkspaceKey(Platform.DISCORD, "9001");

  final Database db = Database.inMemory();
  final FeedStores stores = FeedStores.sql(db, Clock.systemUTC());
  final FeedRegistry registry = new FeedRegistry(() -> List.of(WIRE), stores.feeds(), stores.health(), false);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void oneLinePerFeedTheWorkspaceSeesWithItsHealth() {
    registry.add(ACME, "https://acme.example/rss", "Acme", List.of());
    FeedSource gone = registry.add(ACME, "https://gone.example/rss", "Gone", List.of());
    registry.add(GLOBEX, "https://globex.example/rss", "Globex", List.of());
    FeedBackoff backoff = new FeedBackoff(1);
    stores.health().save(backoff.succeeded(FeedHealth.fresh("wire"), T, Validators.NONE, 12));
    stores.health().save(backoff.failed(FeedHealth.fresh(gone.id()), T, "HTTP 410 Gone", gone.pollInterval(),
        Duration.ZERO));
    InfoView.Block block = new FeedsStatus(registry).report(ChannelKey.of(Platform.SLACK, "T001", "C1"));
    assertEquals("Feeds", block.heading());
    assertEquals(List.of("Wire: ok, 12 items, read 2026-11-27 08:00 UTC", "Acme: new: not read yet",
        "Gone: disabled after 1 failures in a row; last: HTTP 410 Gone (run a check to re-enable)"), block.lines());
  }
}
