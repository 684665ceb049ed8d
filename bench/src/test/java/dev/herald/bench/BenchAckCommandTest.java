package dev.herald.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.cli.CliRun;
import dev.herald.bot.cli.JsonLines;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's contract (not its speed): both servers answer every phase and the last line holds the figures. */
class BenchAckCommandTest {
  @TempDir Path dir;

  @Test
  void endsWithOneJsonObjectOfBothServersFigures() throws Exception {
    Path home = CliRun.homeWithShippedConfig(dir);
    CliRun r = BenchCli.run(home, "bench", "ack", "--rate", "20", "--seconds", "1", "--slow", "4", "--drip-ms", "200");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    JsonNode last = JsonLines.JSON.readTree(lines.get(lines.size() - 1));
    for (String key : List.of("herald_p50_ms", "herald_p99_ms", "bolt_p50_ms", "bolt_p99_ms", "p50_ratio",
        "herald_slow_p99_ms", "herald_slow_within_target", "bolt_slow_answered", "load_average_start")) {
      assertTrue(last.has(key), key + " in " + last);
    }
    assertEquals(0, last.get("herald_failed").asInt(), r.out());
    assertEquals(0, last.get("herald_slow_failed").asInt(), "Herald answered every request under attack: " + r.out());
    assertTrue(last.get("herald_p99_ms").asDouble() > 0);
  }

  @Test
  void aBadRateIsOneLine() {
    CliRun r = BenchCli.run("bench", "ack", "--rate", "0");
    assertEquals(2, r.status());
    assertEquals("herald: --rate must be between 1 and 5000, got 0\n", r.err());
  }
}
