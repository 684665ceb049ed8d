package dev.herald.bench;

import dev.herald.model.Platform;
import picocli.CommandLine.Option;

/** The options {@code bench fanout} and {@code bench crash} share: the platform, the briefing's size, the processes. */
final class DeliveryBenchOptions {
  @Option(names = "--platform", required = true, description = "slack or discord")
  String platform;

  @Option(names = "--stories", defaultValue = "5",
      description = "stories in each briefing, one message each (default ${DEFAULT-VALUE}, briefing.max_stories)")
  int stories;

  @Option(names = "--instances", defaultValue = "1", description = "Herald processes sharing one PostgreSQL database "
      + "(default ${DEFAULT-VALUE}: this process, on SQLite)")
  int instances;

  /** The platform, once the shared options are checked (a one-line error names the first one out of range). */
  Platform checked() {
    Platform p = BenchOptions.platform(platform);
    BenchOptions.range("--stories", stories, 1, 20);
    BenchOptions.range("--instances", instances, 1, 16);
    return p;
  }
}
