package dev.herald.bot.cli;

import dev.herald.bot.Herald;
import dev.herald.bot.console.ConsoleChannel;
import dev.herald.bot.console.ConsolePublisher;
import dev.herald.bot.offline.OfflineRun;
import dev.herald.chat.ChatService;
import dev.herald.config.FeedsConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.model.Briefing;
import dev.herald.model.Channel;
import dev.herald.model.FeedSource;
import dev.herald.render.Views;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The embedded default end to end: the bundled sample feeds through the whole pipeline into a fresh SQLite file, then
 * today's briefing posted to the console channel. In a terminal it then takes chat commands.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Run Herald offline on the bundled sample feeds (config/samples/) and post today's briefing to the console.",
        "The result is stored in a fresh SQLite file (data/demo/herald.db). In a terminal, commands such as /brief,",
        "/sources and /expand follow; with standard input not a terminal it prints the briefing and exits."})
final class DemoCommand implements Callable<Integer> {
  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);

  @Spec CommandSpec spec;

  @Option(names = "--interactive", negatable = true,
      description = "Take commands after the briefing (default: when standard input is a terminal).")
  Boolean interactive;

  @Option(names = "--feeds", paramLabel = "FILE", description = "The feed list to use (default: config/samples/feeds.yaml).")
  Path feedsFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path home = CliHome.home();
    HeraldConfig config = CliHome.config(home).withDataDir(home.resolve("data/demo"));
    Path feedList = feedsFile == null ? home.resolve("config/samples/feeds.yaml") : feedsFile.toAbsolutePath();
    List<FeedSource> feeds = FeedsConfig.load(home, feedList);
    Path dbFile = config.databaseFile();
    if (Files.isDirectory(dbFile.getParent())) {
      for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(dbFile + suffix));
    }

    OfflineRun run;
    try {
      run = OfflineRun.start(config, CliHome.sqlite(home, dbFile), feeds, CliHome.version());
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage());
    }
    try (run) {
      Herald herald = run.herald();
      // the demo has no poller: a feed check reads the sample files again, there and then (they are local)
      ChatService chat = herald.chat(new DemoSchedule(herald.clock()),
          ids -> herald.run(feeds.stream().filter(f -> ids.contains(f.id())).toList())).build();
      ConsoleChannel console = new ConsoleChannel(config.console().channel(), chat, out);
      Channel channel = chat.channel(console.key())
          .withBriefingAt(Optional.of(config.briefing().time()), config.console().timeZone());
      herald.stores().channels().save(channel);

      out.println("Herald demo: " + run.report.describe() + ".");
      out.println("Sample feeds as of " + AS_OF.format(ZonedDateTime.ofInstant(run.asOf, channel.zone()))
          + "; stored in " + home.relativize(dbFile) + ".");
      out.println();
      Briefing briefing = run.briefing(channel);
      herald.stores().briefings().record(briefing);
      new ConsolePublisher(out).post(console.key(), Views.briefing(briefing, channel.zone(), Optional.empty(),
          herald.relatedFor(channel)),
          "demo");

      if (interactive == null ? System.console() != null : interactive) {
        out.println();
        console.loop(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), true);
      } else {
        out.println();
        out.println("Try it yourself in a terminal: bot/herald demo, then /help, /brief climate, /sources, /expand.");
      }
    }
    return 0;
  }
}
