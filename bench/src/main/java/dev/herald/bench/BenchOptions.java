package dev.herald.bench;

import dev.herald.bot.cli.CliFailure;
import dev.herald.delivery.DeliverySettings;
import dev.herald.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** Option checks and settings shared by the delivery benchmarks. */
final class BenchOptions {
  private BenchOptions() {}

  static Platform platform(String name) {
    if (name.equals("slack")) return Platform.SLACK;
    if (name.equals("discord")) return Platform.DISCORD;
    throw new CliFailure("--platform must be slack or discord, got \"" + name + "\"");
  }

  static void range(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new CliFailure(option + " must be between " + min + " and " + max + ", got " + value);
    }
  }

  /** The shipped delivery defaults with the benchmark's sender count and lease. */
  static DeliverySettings settings(Platform p, int senders, int leaseSeconds) {
    DeliverySettings d = DeliverySettings.defaults();
    DeliverySettings.Workers w = d.workers();
    return d.withWorkers(new DeliverySettings.Workers(senders, Duration.ofSeconds(leaseSeconds),
        Duration.ofSeconds(5), w.pollTick(), w.schedulerPoll(), w.retention()));
  }

  static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new CliFailure("cannot create a temporary directory: " + e.getMessage());
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
