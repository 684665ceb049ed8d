package dev.herald.bench;

import dev.herald.bot.cli.CliRun;
import java.nio.file.Path;
import java.util.List;

/** The benchmark jar's command line, run in-process through the CLI's one test runner. */
final class BenchCli {
  private BenchCli() {}

  static CliRun run(String... args) {
    return CliRun.with(List.of(new BenchCommand()), args);
  }

  static CliRun run(Path home, String... args) {
    return CliRun.run(home, List.of(new BenchCommand()), args);
  }
}
