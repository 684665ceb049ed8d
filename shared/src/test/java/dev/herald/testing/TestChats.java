package dev.herald.testing;

import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSettings;
import dev.herald.store.Stores;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

/** The chat service the tests talk to: UTC, briefings at 08:00, five stories, a day's window, fake finder and ranker. */
public final class TestChats {
  public static final ChatSettings SETTINGS =
      new ChatSettings(ZoneId.of("UTC"), LocalTime.of(8, 0), 5, Duration.ofHours(24));

  private TestChats() {}

  /** A builder with the test settings, {@link FakeStoryFinder}, {@link FakeRanker} and topics ai, climate, transport. */
  public static ChatService.Builder builder(Stores stores) {
    return ChatService.builder()
        .stores(stores)
        .settings(SETTINGS)
        .finder(new FakeStoryFinder(stores))
        .ranker(new FakeRanker())
        .topics(() -> new TreeSet<>(List.of("ai", "climate", "transport")));
  }
}
