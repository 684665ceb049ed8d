package dev.herald.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.bot.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command on a two-cluster corpus written here; the real corpus run is SummaryCorpusTest's job. */
class BenchSummaryCommandTest {
  @Test
  void printsATableAndEndsWithOneJsonObject(@TempDir Path root) throws Exception {
    Path file = root.resolve(BenchSummaryCommand.CLUSTERS);
    Files.createDirectories(file.getParent());
    String doc1 = "The Central Bank of Valdoria cut its main policy rate to 3.50 percent on Thursday. "
        + "The committee voted 5-2 for the cut, with two members preferring to hold.";
    String doc2 = "The Central Bank of Valdoria cut its main policy rate to 3.50 percent on Thursday. "
        + "The Valdorian crown weakened 0.6 percent against major currencies after the decision.";
    Files.writeString(file, String.join("\n",
        "{\"cluster_id\": \"c1\", \"documents\": [\"" + doc1 + "\", \"" + doc2 + "\"], "
            + "\"summary\": \"– Valdoria's central bank cut its main rate to 3.50 percent, and the crown weakened.\"}",
        "{\"cluster_id\": \"c2\", \"documents\": [\"" + doc2 + "\"], \"summary\": \"– The crown weakened.\"}") + "\n");
    CliRun r = BenchCli.run("bench", "summary", "--corpus", root.toString(),
        "--max-words", "40");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals(2, json.path("clusters").asInt());
    assertEquals(40, json.path("max_words").asInt());
    for (String system : List.of("herald", "lead", "textrank")) {
      JsonNode s = json.path(system);
      assertTrue(s.path("rouge1").asDouble() > 0, system);
      assertEquals(s.path("sentences").asInt(), s.path("sentences_cited").asInt(), system);
      assertEquals(0, s.path("sentences_unsupported").asInt(), system);
    }
  }

  @Test
  void aMissingCorpusIsOneLine(@TempDir Path root) {
    CliRun r = BenchCli.run("bench", "summary", "--corpus", root.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("herald: no clusters file at "), r.err());
  }
}
