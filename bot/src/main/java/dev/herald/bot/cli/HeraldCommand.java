package dev.herald.bot.cli;

import picocli.CommandLine.Command;

/** The top-level {@code herald} command; every subcommand has {@code --help}. */
@Command(
    name = "herald",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "News briefings for team chat: feeds to stories to cited summaries, in Slack, Discord or a terminal.",
    subcommands = {DemoCommand.class, RunCommand.class, DigestCommand.class, ParseCommand.class, ExtractCommand.class, FeedsCommand.class, ClusterCommand.class, SummarizeCommand.class})
public final class HeraldCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
