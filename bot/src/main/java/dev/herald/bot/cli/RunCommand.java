package dev.herald.bot.cli;

import dev.herald.bot.Herald;
import dev.herald.bot.console.ConsoleLogs;
import dev.herald.config.HeraldConfig;
import dev.herald.config.InstanceFeeds;
import dev.herald.config.Secrets;
import dev.herald.render.Phrases;
import dev.herald.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The service: polls the configured feeds, keeps stories and summaries current, posts daily briefings, alerts and
 * living-story edits. With no platform token set it runs the console channel in the terminal; with {@code
 * SLACK_BOT_TOKEN} and/or {@code DISCORD_TOKEN} it starts those adapters instead. Stops on Ctrl-C (or {@code /quit} in
 * the console), finishing or releasing in-flight deliveries.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
        "Run Herald: poll feeds, post briefings and alerts.",
        "Without SLACK_BOT_TOKEN or DISCORD_TOKEN it runs the console channel on config/feeds.yaml; with them, the",
        "Slack and/or Discord adapters."})
final class RunCommand implements Callable<Integer> {
  /** In data_dir: where logs go while the console channel takes typed commands. */
  static final String LOG_FILE = "herald.log";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path home = CliHome.home();
    HeraldConfig config = CliHome.config(home);
    Path feedsFile = CliHome.feedsFile(home);
    if (!Files.exists(feedsFile)) throw new CliFailure(feedsFile + ": file not found (list your feeds there)");
    InstanceFeeds feeds = new InstanceFeeds(home, feedsFile);
    feeds.get(); // a broken feed list stops start-up here, with its one-line reason
    Secrets secrets = Secrets.fromEnvironment();
    Clock clock = Clock.systemUTC();

    // a person typing at the console prompt: log lines go to a file instead of over the prompt
    boolean terminal = System.console() != null;
    Optional<ConsoleLogs.Routed> logs = terminal && Herald.runsConsole(config, secrets)
        ? ConsoleLogs.toFile(config.dataDir().resolve(LOG_FILE)) : Optional.empty();
    Herald herald = Herald.assemble(config, secrets, clock, CliHome.database(config), feeds, CliHome.version());
    CountDownLatch stopped = new CountDownLatch(1);
    try (herald) {
      herald.start(secrets, out);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        herald.stop();
        stopped.countDown();
      }, "herald-shutdown"));
      out.println("Herald is running: " + herald.describe() + "; "
          + Phrases.count(feeds.get().size(), "instance feed", "instance feeds") + ".");
      if (logs.isPresent()) {
        out.println("Logs go to " + CliHome.shown(home, config.dataDir().resolve(LOG_FILE)) + " while you type here.");
      }
      if (herald.console().isPresent()) {
        boolean quit = herald.console().get().loop(
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), terminal);
        if (!quit && !terminal) {
          out.println("Standard input ended; Herald keeps running until stopped (Ctrl-C).");
          stopped.await();
        }
      } else {
        stopped.await();
      }
    } finally {
      logs.ifPresent(ConsoleLogs.Routed::close);
    }
    return 0;
  }
}
