package dev.herald.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatCommandParserTest {
  @Test
  void parsesEveryCommand() throws ChatSyntaxException {
    assertEquals(new ChatCommand.Brief(""), ChatCommandParser.parse("/brief"));
    assertEquals(new ChatCommand.Brief("ai last 3 days"), ChatCommandParser.parse("/brief  ai last 3 days "));
    assertEquals(new ChatCommand.Sources("12"), ChatCommandParser.parse("/sources 12"));
    assertEquals(new ChatCommand.Expand("12", "2"), ChatCommandParser.parse("/expand 12 2"));
    assertEquals(new ChatCommand.Expand("12", "what comes next"), ChatCommandParser.parse("expand 12 what comes next"));
    assertEquals(new ChatCommand.Subscribe("ai"), ChatCommandParser.parse("/herald subscribe AI"));
    assertEquals(new ChatCommand.Unsubscribe("ai"), ChatCommandParser.parse("/unsubscribe ai"));
    assertEquals(new ChatCommand.Feeds("list", List.of()), ChatCommandParser.parse("/herald feeds"));
    assertEquals(new ChatCommand.Feeds("add", List.of("https://x.example/rss", "X")),
        ChatCommandParser.parse("/herald feeds add https://x.example/rss X"));
    assertEquals(new ChatCommand.Status(), ChatCommandParser.parse("/herald status"));
    assertEquals(new ChatCommand.Help(), ChatCommandParser.parse("/herald"));
    assertEquals(new ChatCommand.Retry(), ChatCommandParser.parse("/herald retry"));
  }

  @Test
  void parsesSchedules() throws ChatSyntaxException {
    assertEquals(ChatCommand.Schedule.show(), ChatCommandParser.parse("/herald schedule"));
    assertEquals(new ChatCommand.Schedule(Optional.empty(), Optional.empty(), true),
        ChatCommandParser.parse("/herald schedule off"));
    assertEquals(new ChatCommand.Schedule(Optional.of(LocalTime.of(8, 0)), Optional.of(ZoneId.of("Australia/Lord_Howe")),
        false), ChatCommandParser.parse("/herald schedule 8:00 Australia/Lord_Howe"));
  }

  @Test
  void badInputGetsAOneLineHint() {
    assertEquals("\u201c/frobnicate now\u201d is not a Herald command. /herald help lists the commands.",
        assertThrows(ChatSyntaxException.class, () -> ChatCommandParser.parse("/frobnicate now")).getMessage());
    assertEquals("\"25:00\" is not a time; use HH:MM on a 24-hour clock, e.g. 08:00",
        assertThrows(ChatSyntaxException.class, () -> ChatCommandParser.parse("/herald schedule 25:00")).getMessage());
    assertEquals("\"Mars/Base\" is not a time zone; use a name such as Europe/London or America/New_York",
        assertThrows(ChatSyntaxException.class, () -> ChatCommandParser.parse("/herald schedule 08:00 Mars/Base"))
            .getMessage());
    assertEquals("Usage: /expand <story> <section>, e.g. /expand 12 2",
        assertThrows(ChatSyntaxException.class, () -> ChatCommandParser.parse("/expand 12")).getMessage());
  }

  @Test
  void longUserInputIsNotEchoedWhole() {
    String junk = "x".repeat(500);
    String hint = assertThrows(ChatSyntaxException.class, () -> ChatCommandParser.parse("/" + junk)).getMessage();
    assertEquals(true, hint.length() < 120, hint);
  }

  @Test
  void plainTextIsAnsweredWithWhatWasTypedAndALookup() {
    assertEquals("\u201cwhat\u201d is not a Herald command (commands start with /). To look it up: /brief what."
        + " /herald help lists the commands.", message("what"));
    assertTrue(message("rail strike news").contains("/brief rail strike news"), message("rail strike news"));
  }

  @Test
  void aTypoGetsTheNearestCommandWithItsArguments() {
    assertEquals("\u201c/sorces 6\u201d is not a Herald command. Did you mean /sources 6?", message("/sorces 6"));
    assertTrue(message("/herald shedule 08:00").contains("Did you mean /herald schedule 08:00?"),
        message("/herald shedule 08:00"));
    assertTrue(message("/herald subscrbe ai").contains("Did you mean /herald subscribe ai?"));
    assertTrue(message("/breif ai").contains("Did you mean /brief ai?"));
  }

  @Test
  void anUnknownHeraldSubcommandNamesWhatWasTyped() {
    String m = message("/herald foo");
    assertEquals("\u201c/herald foo\u201d is not a Herald command. /herald help lists the commands.", m);
    // Slack hands "/herald foo" over as "herald foo"
    assertEquals(m, message("herald foo"));
  }

  private static String message(String line) {
    return assertThrows(ChatSyntaxException.class, () -> ChatCommandParser.parse(line)).getMessage();
  }
}
