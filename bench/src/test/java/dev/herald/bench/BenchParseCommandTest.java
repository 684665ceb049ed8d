package dev.herald.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.cli.CliRun;
import dev.herald.bot.cli.JsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's contract (not its speed): it reads a corpus folder and ends with one JSON object. */
class BenchParseCommandTest {
  @TempDir Path corpus;

  @Test
  void endsWithOneJsonObjectOfTheFigures() throws IOException {
    Files.createDirectories(corpus.resolve("feeds/suite"));
    Files.createDirectories(corpus.resolve("realworld-news"));
    Files.writeString(corpus.resolve("feeds/suite/a.xml"),
        "<rss version=\"2.0\"><channel><item><title>a</title></item><item><title>b</title></item></channel></rss>");
    Files.writeString(corpus.resolve("feeds/suite/a.json"), "{\"expected\": true}");
    Files.writeString(corpus.resolve("realworld-news/0123abcd"),
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>c</title></entry></feed>");
    CliRun r = BenchCli.run("bench", "parse", "--corpus", corpus.toString(), "--warmup", "1", "--runs", "1");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    JsonNode last = JsonLines.JSON.readTree(lines.get(lines.size() - 1));
    assertEquals(List.of("bytes", "items", "seconds", "floor_seconds", "ratio"), names(last));
    assertEquals(3, last.get("items").asInt());
    assertTrue(last.get("bytes").asLong() > 100);
  }

  @Test
  void aMissingCorpusIsOneLine() {
    CliRun r = BenchCli.run("bench", "parse", "--corpus", corpus.resolve("nothing").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("herald: no corpus at "), r.err());
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
