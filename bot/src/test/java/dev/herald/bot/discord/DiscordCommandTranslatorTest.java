package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatSyntaxException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordCommandTranslatorTest {
  @Test
  void readingCommandsCarryTheirOptions() throws Exception {
    assertEquals(new ChatCommand.Brief(""), translate("brief", "", Map.of()));
    assertEquals(new ChatCommand.Brief("rail strike this week"),
        translate("brief", "", Map.of("query", " rail strike this week ")));
    assertEquals(new ChatCommand.Sources("12"), translate("sources", "", Map.of("story", "12")));
    assertEquals(new ChatCommand.Sources(""), translate("sources", "", Map.of()));
  }

  @Test
  void expandTakesAStoryAndASectionByNumberOrHeading() throws Exception {
    assertEquals(new ChatCommand.Expand("12", "2"), translate("expand", "", Map.of("story", "12", "section", "2")));
    assertEquals(new ChatCommand.Expand("rail strike", "what comes"),
        translate("expand", "", Map.of("story", " rail strike ", "section", " what comes ")));
    String usage = "Usage: /expand story:<number or title words> section:<number or heading words>,"
        + " e.g. /expand story:12 section:2";
    assertEquals(usage, assertThrows(ChatSyntaxException.class,
        () -> translate("expand", "", Map.of("story", "12"))).getMessage());
    assertEquals(usage, assertThrows(ChatSyntaxException.class,
        () -> translate("expand", "", Map.of("story", " ", "section", "2"))).getMessage());
  }

  @Test
  void scheduleTakesATypedTimeZoneOrOff() throws Exception {
    assertEquals(ChatCommand.Schedule.show(), translate("herald", "schedule", Map.of()));
    assertEquals(new ChatCommand.Schedule(Optional.of(LocalTime.of(8, 0)), Optional.of(ZoneId.of("Asia/Seoul")),
        false), translate("herald", "schedule", Map.of("time", "8:00", "zone", "Asia/Seoul")));
    assertEquals(new ChatCommand.Schedule(Optional.empty(), Optional.empty(), true),
        translate("herald", "schedule", Map.of("off", "true")));
    assertEquals("\"25:00\" is not a time; use HH:MM on a 24-hour clock, e.g. 08:00",
        assertThrows(ChatSyntaxException.class,
            () -> translate("herald", "schedule", Map.of("time", "25:00"))).getMessage());
    assertThrows(ChatSyntaxException.class, () -> translate("herald", "schedule", Map.of("zone", "Mars/Base")));
    assertThrows(ChatSyntaxException.class,
        () -> translate("herald", "schedule", Map.of("off", "true", "time", "08:00")));
  }

  @Test
  void topicsAreLowerCased() throws Exception {
    assertEquals(new ChatCommand.Subscribe("ai"), translate("herald", "subscribe", Map.of("topic", " AI ")));
    assertEquals(new ChatCommand.Unsubscribe("climate"), translate("herald", "unsubscribe", Map.of("topic", "climate")));
    assertThrows(ChatSyntaxException.class, () -> translate("herald", "subscribe", Map.of("topic", " ")));
  }

  @Test
  void feedsActionsBuildTheirArguments() throws Exception {
    assertEquals(new ChatCommand.Feeds("list", List.of()), translate("herald", "feeds", Map.of("action", "list")));
    assertEquals(new ChatCommand.Feeds("add", List.of("https://a.example/rss", "A Feed", "ai", "climate")),
        translate("herald", "feeds", Map.of("action", "add", "url", "https://a.example/rss", "name", "A Feed",
            "topics", "AI, climate")));
    assertEquals(new ChatCommand.Feeds("remove", List.of("f12")),
        translate("herald", "feeds", Map.of("action", "remove", "id", "f12")));
    assertThrows(ChatSyntaxException.class, () -> translate("herald", "feeds", Map.of("action", "add")));
    assertThrows(ChatSyntaxException.class, () -> translate("herald", "feeds", Map.of("action", "remove")));
  }

  @Test
  void reportsAndHelpNeedNoOptions() throws Exception {
    assertEquals(new ChatCommand.Status(), translate("herald", "status", Map.of()));
    assertEquals(new ChatCommand.Topics(), translate("herald", "topics", Map.of()));
    assertEquals(new ChatCommand.Retry(), translate("herald", "retry", Map.of()));
    assertEquals(new ChatCommand.Help(), translate("herald", "help", Map.of()));
  }

  @Test
  void unknownCommandsGetAHint() {
    assertEquals("Herald does not know /herald dance; try /herald help.",
        assertThrows(ChatSyntaxException.class, () -> translate("herald", "dance", Map.of())).getMessage());
    assertThrows(ChatSyntaxException.class, () -> translate("other", "", Map.of()));
  }

  @Test
  void everyRegisteredCommandTranslates() throws Exception {
    for (var data : DiscordCommands.all()) {
      var slash = (net.dv8tion.jda.api.interactions.commands.build.SlashCommandData) data;
      if (slash.getSubcommands().isEmpty()) {
        // each required option with a value, as Discord guarantees
        Map<String, String> options = new java.util.HashMap<>();
        slash.getOptions().stream().filter(o -> o.isRequired()).forEach(o -> options.put(o.getName(), "1"));
        translate(slash.getName(), "", options);
      }
      for (var sub : slash.getSubcommands()) {
        Map<String, String> options = switch (sub.getName()) {
          case "subscribe", "unsubscribe" -> Map.of("topic", "ai");
          case "feeds" -> Map.of("action", "list");
          default -> Map.of();
        };
        translate(slash.getName(), sub.getName(), options);
      }
    }
  }

  private static ChatCommand translate(String name, String sub, Map<String, String> options)
      throws ChatSyntaxException {
    return DiscordCommandTranslator.translate(name, sub, options);
  }
}
