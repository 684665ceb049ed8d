package dev.herald.model;

import static dev.herald.testing.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordValidationTest {
  @Test
  void channelKeysRoundTripThroughText() {
    ChannelKey k = ChannelKey.of(Platform.SLACK, "T0123", "C0456");
    assertEquals("slack:T0123:C0456", k.toString());
    assertEquals(k, ChannelKey.parse(k.toString()));
  }

  @Test
  void feedScopesRoundTripAndLimitVisibility() {
    WorkspaceKey w = new WorkspaceKey(Platform.DISCORD, "42");
    FeedScope own = FeedScope.of(w);
    assertEquals(own, FeedScope.parse(own.key()));
    assertEquals(FeedScope.INSTANCE, FeedScope.parse("instance"));
    assertTrue(own.visibleTo(w));
    assertFalse(own.visibleTo(new WorkspaceKey(Platform.DISCORD, "43")));
    assertTrue(FeedScope.INSTANCE.visibleTo(w));
  }

  @Test
  void feedSourcesRejectBadIdsAndSchemes() {
    assertThrows(IllegalArgumentException.class,
        () -> FeedSource.of("Bad Id", "X", URI.create("https://x.example/"), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> FeedSource.of("ok", "X", URI.create("ftp://x.example/"), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> FeedSource.of("ok", "X", URI.create("https://x.example/"), List.of("Not A Topic")));
    assertThrows(IllegalArgumentException.class, () -> new FeedSource("ok", "X", URI.create("https://x.example/"),
        List.of(), FeedScope.INSTANCE, Duration.ofSeconds(10)));
  }

  @Test
  void anArticleNeedsATitleOrText() {
    assertThrows(IllegalArgumentException.class,
        () -> new Article("a", "f", "O", "", "", "", "", T0, false, T0, "", " ", "", ""));
  }

  @Test
  void anArticleCannotDuplicateItself() {
    assertThrows(IllegalArgumentException.class,
        () -> new Article("a", "f", "O", "T", "", "", "", T0, false, T0, "", "", "", "a"));
  }

  @Test
  void storiesKeepTheirCountsConsistent() {
    assertThrows(IllegalArgumentException.class, () -> new Story(1, 1, T0, T0, T0, 2, 3, "T"));
    assertThrows(IllegalArgumentException.class, () -> new Story(1, 0, T0, T0, T0, 1, 1, "T"));
    assertThrows(IllegalArgumentException.class, () -> new Story(1, 1, T0, T0.minusSeconds(1), T0, 1, 1, "T"));
    assertTrue(new Story(1, 1, T0, T0, T0, 2, 1, "T").singleOutlet());
  }

  @Test
  void subscriptionsNeedAValidTopic() {
    ChannelKey k = ChannelKey.of(Platform.CONSOLE, "local", "console");
    assertThrows(IllegalArgumentException.class, () -> new Subscription(k, "AI!", T0));
    assertEquals("ai", new Subscription(k, "ai", T0).topic());
  }

  @Test
  void briefingsCannotStartAfterTheyEnd() {
    ChannelKey k = ChannelKey.of(Platform.CONSOLE, "local", "console");
    assertThrows(IllegalArgumentException.class, () -> new Briefing(k, T0, T0.plusSeconds(1), List.of()));
  }

  @Test
  void channelsValidateTheirTopics() {
    ChannelKey k = ChannelKey.of(Platform.CONSOLE, "local", "console");
    assertThrows(IllegalArgumentException.class, () -> new Channel(k, "", ZoneId.of("UTC"),
        java.util.Optional.empty(), List.of("No Spaces")));
  }
}
