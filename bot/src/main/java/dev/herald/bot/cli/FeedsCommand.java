package dev.herald.bot.cli;

import picocli.CommandLine.Command;

/** {@code herald feeds add|remove|list|check}: the configured feed list and its health. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
    description = "List, add, remove or check feeds (instance feeds live in config/feeds.yaml).",
    subcommands = {FeedsListCommand.class, FeedsAddCommand.class, FeedsRemoveCommand.class, FeedsCheckCommand.class})
final class FeedsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
