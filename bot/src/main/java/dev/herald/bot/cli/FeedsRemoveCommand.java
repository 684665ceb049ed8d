package dev.herald.bot.cli;

import dev.herald.config.FeedsFile;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald feeds remove ID}: deletes an instance feed's entry from config/feeds.yaml. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Remove an instance feed from config/feeds.yaml (its stored articles stay).")
final class FeedsRemoveCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "the feed's id")
  String id;

  @Option(names = "--file", paramLabel = "FEEDS_YAML", description = "the instance feed list (default: config/feeds.yaml)")
  Path file;

  @Override
  public void run() {
    try (FeedsContext ctx = new FeedsContext(file)) {
      if (!FeedsFile.remove(ctx.home, ctx.feedsFile, id)) {
        throw new CliFailure("no instance feed with id \"" + id + "\" in " + ctx.feedsFile);
      }
      if (ctx.hasDatabase()) ctx.stores().health().delete(id);
      spec.commandLine().getOut().println("removed " + id + " from " + ctx.feedsFile);
    }
  }
}
