package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatReply;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.NoticeView;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.testing.TestChats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The adapter's idea of "changes settings" (for direct messages) is exactly the one ChatService enforces. */
class DiscordSettingsRuleTest {
  @Test
  void theAdapterAndChatServiceAgreeOnWhichCommandsChangeSettings() {
    try (Database db = Database.inMemory()) {
      Clock clock = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
      Stores stores = Stores.sql(db, clock);
      ChatService chat = TestChats.builder(stores)
          .topics(() -> new TreeSet<>(List.of("ai"))).schedules(new ScheduleListener() {
            @Override
            public void scheduleChanged(Channel c) {}

            @Override
            public Optional<Instant> nextBriefing(Channel c) {
              return Optional.empty();
            }
          }).clock(clock).build();
      ChannelKey channel = ChannelKey.of(Platform.DISCORD, "1", "2");
      Actor reader = DiscordActors.member("u", java.util.EnumSet.noneOf(net.dv8tion.jda.api.Permission.class));
      for (ChatCommand command : List.of(new ChatCommand.Brief(""), new ChatCommand.Brief("ai"),
          new ChatCommand.Sources(""), new ChatCommand.Expand("1", "1"), new ChatCommand.Topics(),
          new ChatCommand.Help(), new ChatCommand.Status(), ChatCommand.Schedule.show(),
          new ChatCommand.Schedule(Optional.of(LocalTime.NOON), Optional.empty(), false),
          new ChatCommand.Schedule(Optional.empty(), Optional.of(ZoneId.of("Asia/Seoul")), false),
          new ChatCommand.Schedule(Optional.empty(), Optional.empty(), true), new ChatCommand.Subscribe("ai"),
          new ChatCommand.Unsubscribe("ai"), new ChatCommand.Feeds("list", List.of()),
          new ChatCommand.Feeds("add", List.of("https://a.example/rss")), new ChatCommand.Feeds("check", List.of()),
          new ChatCommand.Retry())) {
        ChatReply reply = chat.handle(new ChatRequest(channel, reader, command));
        boolean refused = reply.view() instanceof NoticeView n && n.level() == NoticeView.Level.ERROR
            && n.text().startsWith("Only " + DiscordActors.MANAGERS);
        assertEquals(refused, DiscordCommandTranslator.changesSettings(command), command.toString());
      }
    }
  }
}
