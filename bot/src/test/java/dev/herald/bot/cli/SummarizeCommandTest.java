package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {
  static final String STORY = "{\"id\": \"rate-cut\", \"articles\": ["
      + "{\"id\": \"nw-1\", \"title\": \"Central Bank of Valdoria cuts main rate to 3.50% - Northwind Wire\","
      + " \"source\": \"Northwind Wire\", \"url\": \"https://nw.example/1\", \"published\": \"2026-11-26T12:04:00Z\","
      + " \"text\": \"The Central Bank of Valdoria cut its main policy rate to 3.50 percent on Thursday. The monetary"
      + " policy committee voted 5-2 for the cut. Annual inflation slowed to 2.4 percent in October.\"},"
      + "{\"id\": \"cl-7\", \"title\": \"Valdorian crown slips after rate cut\", \"url\": \"https://www.ledger.example/7\","
      + " \"text\": \"The Central Bank of Valdoria cut its main policy rate to 3.50 percent on Thursday. The Valdorian"
      + " crown weakened 0.6 percent against a basket of currencies after the decision.\"}]}";

  @Test
  void writesOneCitedSummaryPerStory(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), STORY + "\n");
    CliRun r = CliRun.of("summarize", "--in", in.toString(), "--max-words", "60", "--summarizer", "extractive");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size());
    JsonNode s = new ObjectMapper().readTree(lines.get(0));
    assertEquals("rate-cut", s.path("id").asText());
    assertEquals("Central Bank of Valdoria cuts main rate to 3.50%", s.path("title").asText());
    assertTrue(s.path("sections").size() >= 1);
    String first = s.path("sections").path(0).path("text").asText();
    assertTrue(first.startsWith("The Central Bank of Valdoria cut its main policy rate to 3.50 percent on Thursday [1][2]."),
        first);
    JsonNode source = s.path("sources").path(1);
    assertEquals(2, source.path("n").asInt());
    assertEquals("cl-7", source.path("id").asText());
    assertEquals("ledger.example", source.path("source").asText());
    assertEquals("Valdorian crown slips after rate cut", source.path("title").asText());
    assertEquals("https://www.ledger.example/7", source.path("url").asText());
    assertTrue(source.has("description"));
  }

  @Test
  void aTrailingMentionInTheTextDoesNotCostTheStoryItsSummary(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"s\", \"articles\": [{\"id\": \"a\", \"title\":"
        + " \"Dockworkers strike closes harbour\", \"text\": \"Dockworkers walked out at the harbour on Monday morning,"
        + " closing all twelve berths, the union said. @everyone\"}]}\n");
    CliRun r = CliRun.of("summarize", "--in", in.toString(), "--summarizer", "extractive");
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("\"text\":\"Dockworkers walked out at the harbour on Monday morning, closing all twelve"
        + " berths, the union said [1].\""), r.out());
  }

  @Test
  void wholeNumberArticleIdsAreAcceptedAsClusterAcceptsThem(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": 1, \"articles\": [{\"id\": 5, \"text\":"
        + " \"The council voted on Monday to approve the new bridge over the river.\"}]}\n");
    CliRun r = CliRun.of("summarize", "--in", in.toString(), "--summarizer", "extractive");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\"sources\":[{\"n\":1,\"id\":\"5\","), r.out());
  }

  @Test
  void badInputFailsWithOneLineAndNoOutput(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        STORY + "\n{\"id\": \"x\", \"articles\": [{\"id\": \"a\", \"text\": \"\"}]}\n");
    CliRun r = CliRun.of("summarize", "--in", in.toString(), "--summarizer", "extractive");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals(List.of("herald: " + in + ":2: articles[0]: text is required"), r.err().lines().toList());
  }

  @Test
  void malformedJsonAndBadDatesAreNamed(@TempDir Path dir) throws Exception {
    Path json = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"x\", \"articles\": [\n");
    assertTrue(CliRun.of("summarize", "--in", json.toString()).err().startsWith("herald: " + json + ":1: not valid JSON"));
    Path date = Files.writeString(dir.resolve("b.jsonl"),
        "{\"id\": \"x\", \"articles\": [{\"id\": \"a\", \"text\": \"Some text here.\", \"published\": \"yesterday\"}]}");
    CliRun r = CliRun.of("summarize", "--in", date.toString(), "--summarizer", "extractive");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("published must be an ISO-8601 time"), r.err());
  }

  @Test
  void theBundledSampleStoriesAllSummarise() throws Exception {
    Path samples = Path.of(System.getProperty("herald.project.root", "..")).resolve("config/samples/stories.jsonl");
    CliRun r = CliRun.of("summarize", "--in", samples.toString(), "--max-words", "140", "--summarizer", "extractive");
    assertEquals(0, r.status(), r.err());
    assertEquals(15, r.out().lines().count());
    assertTrue(r.out().lines().noneMatch(l -> l.contains("\"error\"")));
  }
}
