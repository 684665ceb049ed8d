package dev.herald.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.testing.SeedStory;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The console channel's terminal: what delivery posts never prints over the prompt, and the prompt comes back. */
class ConsoleOutputTest {
  final StringWriter screen = new StringWriter();
  final ConsoleOutput terminal = new ConsoleOutput(new PrintWriter(screen));
  final ChannelKey console = ChannelKey.of(Platform.CONSOLE, "local", "console");

  @Test
  void aPostWhileThePromptWaitsStartsOnANewLineAndRedrawsThePrompt() {
    terminal.prompt();
    new ConsolePublisher(terminal).post(console, SeedStory.VIEW.withBanner("Daily briefing"), "k1");
    String s = screen.toString();
    assertTrue(s.startsWith("herald> \n>> Daily briefing\n"), s);
    assertTrue(s.endsWith("\nherald> "), "the prompt is back after the briefing: " + s);
  }

  @Test
  void anAnswerToATypedLineNeedsNoSecondPrompt() {
    terminal.prompt();
    terminal.lineRead();
    terminal.print("done: Subscribed.\n");
    assertEquals("herald> done: Subscribed.\n", screen.toString());
  }

  @Test
  void anEditIsMarkedAsAnUpdateAndDoesNotRepeatTheBriefingBanner() {
    ConsolePublisher publisher = new ConsolePublisher(terminal);
    String id = publisher.post(console, SeedStory.VIEW.withBanner("Daily briefing"), "k1");
    screen.getBuffer().setLength(0);
    publisher.edit(console, id, SeedStory.VIEW.withBanner("Daily briefing").withChange("1 more article: Techline"));
    String s = screen.toString();
    assertFalse(s.contains("Daily briefing"), "an edit is no second briefing: " + s);
    assertTrue(s.startsWith("(an update of " + id + ", posted above)\n" + SeedStory.VIEW.title() + "\n"), s);
    assertTrue(s.contains("What changed: 1 more article: Techline"), s);
  }
}
