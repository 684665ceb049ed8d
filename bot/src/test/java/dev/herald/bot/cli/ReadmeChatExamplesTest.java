package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.bot.Herald;
import dev.herald.bot.console.ConsoleChannel;
import dev.herald.bot.offline.OfflineRun;
import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatCommandParser;
import dev.herald.chat.ChatReply;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSyntaxException;
import dev.herald.config.FeedsConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.BriefingView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.View;
import dev.herald.store.Database;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chat command the README shows as an example ({@code /brief rail strike yesterday}, {@code /sources 8}, ...),
 * run against the demo's data as the quick start's user would type it: lookups, sources and sections answer with a
 * story, and no example answers with an error. Syntax lines with placeholders ({@code /expand <story> <section>}) are
 * not examples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeChatExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile("`(/[a-z][^`]*)`");
  private static final Actor USER = new Actor("console", true, "the console user");

  private OfflineRun demo;
  private ChatService chat;
  private ChannelKey console;

  /** The README's chat examples, in order of appearance, each once. */
  static Stream<String> examples() throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(Files.readString(Corpus.projectRoot().resolve("README.md")));
    while (m.find()) {
      String example = m.group(1).replace("\\|", "|").strip();
      if (example.matches(".*[<\\[|].*")) continue; // a syntax line with placeholders, not an example
      if (example.startsWith("/slack/") || example.equals("/quit")) continue; // a URL path; leaving the console
      if (example.equals("/expand")) continue; // the command's name in a sentence ("the `/expand` command")
      if (!out.contains(example)) out.add(example);
    }
    return out.stream();
  }

  @BeforeAll
  void startTheDemo() {
    Path home = Corpus.projectRoot();
    HeraldConfig config = CliHome.config(home);
    demo = OfflineRun.start(config, Database.inMemory(),
        FeedsConfig.load(home, home.resolve("config/samples/feeds.yaml")), "test");
    Herald herald = demo.herald();
    chat = herald.chat(new DemoSchedule(herald.clock()), ids -> {}).build();
    console = new ConsoleChannel(config.console().channel(), chat, new java.io.PrintWriter(java.io.Writer.nullWriter()))
        .key();
    Channel channel = chat.channel(console).withBriefingAt(Optional.of(config.briefing().time()),
        config.console().timeZone());
    herald.stores().channels().save(channel);
    herald.stores().briefings().record(demo.briefing(channel)); // what `bot/herald demo` posts first
  }

  @AfterAll
  void stopTheDemo() {
    demo.close();
  }

  @Test
  void theReadmeShowsTheExamplesTheQuickStartAndTheIntroductionName() throws IOException {
    List<String> all = examples().toList();
    for (String e : List.of("/brief rail strike yesterday", "/brief ai", "/brief climate", "/brief this week",
        "/sources 8", "/expand 8 2", "/subscribe ai", "/help")) {
      assertTrue(all.contains(e), e + " is no longer in the README: " + all);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void eachExampleAnswersOnTheDemoData(String example) throws ChatSyntaxException {
    ChatCommand command = ChatCommandParser.parse(example);
    ChatReply reply = chat.handle(new ChatRequest(console, USER, command));
    View v = reply.view();
    if (v instanceof NoticeView n) {
      assertFalse(n.level() == NoticeView.Level.ERROR, example + " answered with an error: " + n.text());
    }
    if (command instanceof ChatCommand.Brief b && !b.query().isEmpty()) {
      LookupView lookup = assertInstanceOf(LookupView.class, v, example);
      assertFalse(lookup.stories().isEmpty(), example + ": " + lookup.emptyHint());
    } else if (command instanceof ChatCommand.Brief) {
      assertFalse(assertInstanceOf(BriefingView.class, v, example).stories().isEmpty(), example);
    } else if (command instanceof ChatCommand.Sources) {
      assertFalse(assertInstanceOf(SourcesView.class, v, example).sources().isEmpty(), example);
    } else if (command instanceof ChatCommand.Expand) {
      assertInstanceOf(SectionView.class, v, example);
    }
  }

  @Test
  void theRailStrikeExampleFindsTheRailStrike() throws ChatSyntaxException {
    LookupView v = assertInstanceOf(LookupView.class, chat.handle(new ChatRequest(console, USER,
        ChatCommandParser.parse("/brief rail strike yesterday"))).view());
    // the rail strike story, whichever of its outlets' headlines titles it
    assertTrue(v.stories().get(0).sources().stream()
        .anyMatch(s -> s.headline().equals("Rail strike halts most intercity trains across Valdoria")),
        v.stories().get(0).title());
  }
}
