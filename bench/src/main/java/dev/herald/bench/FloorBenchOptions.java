package dev.herald.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options {@code bench parse} and {@code bench extract} share: the corpus they read into memory, and the rounds
 * of Herald's pass and the floor's ({@link FloorTiming}). Each command checks them with its own message.
 */
final class FloorBenchOptions {
  @Option(names = "--corpus", paramLabel = "DIR",
      description = "the shared data folder (default: $HERALD_CORPUS, else <HERALD_HOME>/../shared/data)")
  Path corpus;

  @Option(names = "--warmup", description = "untimed rounds first (default ${DEFAULT-VALUE})", defaultValue = "5")
  int warmup;

  @Option(names = "--runs", description = "timed rounds; medians reported (default ${DEFAULT-VALUE})", defaultValue = "7")
  int runs;
}
