package dev.herald.bench;

import picocli.CommandLine.Command;

/** Benchmarks: each prints its figures, the last line one JSON object. Not tests; run by hand or by a reviewer. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark; the last line printed is one JSON object with the figures.",
    subcommands = {BenchParseCommand.class, BenchExtractCommand.class, BenchClusterCommand.class,
        BenchClusterQualityCommand.class, BenchSummaryCommand.class, BenchFanoutCommand.class, BenchCrashCommand.class,
        BenchInstanceCommand.class, BenchAckCommand.class, BenchMemoryCommand.class, BenchMemoryWorkerCommand.class})
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
