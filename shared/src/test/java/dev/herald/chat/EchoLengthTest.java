package dev.herald.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.feeds.FeedRegistry;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.store.Database;
import dev.herald.store.FeedStores;
import dev.herald.store.Stores;
import dev.herald.testing.TestChats;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whatever a user types, a reply quotes at most a short, one-line piece of it. */
class EchoLengthTest {
  static final int SANE = 300;
  final Database db = Database.inMemory();
  final Clock clock = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
  final Stores stores = Stores.sql(db, clock);
  final FeedStores feedStores = FeedStores.sql(db, clock);
  final FeedRegistry registry = new FeedRegistry(
      () -> List.of(FeedSource.of("wire", "Wire", URI.create("https://wire.example/rss"), List.of())),
      feedStores.feeds(), feedStores.health(), false);
  final ChatService chat = TestChats.builder(stores)
      .topics(() -> new TreeSet<>(List.of("ai")))
      .schedules(new ScheduleListener() {
        @Override
        public void scheduleChanged(dev.herald.model.Channel c) {}

        @Override
        public Optional<Instant> nextBriefing(dev.herald.model.Channel c) {
          return Optional.empty();
        }
      })
      .feeds(new RegistryFeedAdmin(registry, () -> new TreeSet<>(List.of("ai")), ids -> {}))
      .clock(clock)
      .build();

  @AfterEach
  void close() {
    db.close();
  }

  String answer(ChatCommand command) {
    ChatReply r = chat.handle(new ChatRequest(ChannelKey.of(Platform.SLACK, "T1", "C1"),
        new Actor("U1", true, "admins"), command));
    return assertInstanceOf(NoticeView.class, r.view()).text();
  }

  static void assertShortOneLine(String text) {
    assertTrue(text.length() < SANE, text.length() + " chars: " + text.substring(0, Math.min(400, text.length())));
    assertEquals(1, text.lines().count(), text);
  }

  @Test
  void removingA10000CharacterFeedIdQuotesAFewWords() {
    String text = answer(new ChatCommand.Feeds("remove", List.of("x".repeat(10_000))));
    assertShortOneLine(text);
    assertTrue(text.contains("x\u2026"), text);
  }

  @Test
  void aFiveThousandCharacterTopicIsCut() {
    assertShortOneLine(answer(new ChatCommand.Feeds("add", List.of("https://news.example/rss", "#" + "t".repeat(5_000)))));
    assertShortOneLine(answer(new ChatCommand.Subscribe("t".repeat(5_000))));
    assertShortOneLine(answer(new ChatCommand.Unsubscribe("t".repeat(5_000))));
  }

  @Test
  void aTwelveThousandCharacterLookupIsCutInTheHeading() {
    String query = "strike ".repeat(1_715);
    LookupView v = new LookupView(query, "today", List.of(), "");
    assertShortOneLine(v.heading());
    assertTrue(v.heading().startsWith("0 stories on \u201cstrike strike"), v.heading());
  }

  @Test
  void anEchoNeverSplitsASurrogatePairOrKeepsALineBreak() {
    String text = answer(new ChatCommand.Feeds("remove", List.of("a".repeat(38) + "\ud83d\ude00\nforged")));
    assertShortOneLine(text);
    assertTrue(text.codePoints().noneMatch(c -> c >= 0xd800 && c <= 0xdfff), "a lone surrogate in: " + text);
  }
}
