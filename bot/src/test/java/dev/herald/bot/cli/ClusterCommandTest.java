package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
  @TempDir Path dir;

  private CliRun cluster(String... lines) throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(lines));
    return CliRun.of("cluster", "--in", in.toString());
  }

  @Test
  void writesOneStoryLinePerInputInOrder() throws IOException {
    CliRun r = cluster(
        "{\"id\": \"a\", \"title\": \"Sbarro files for bankruptcy protection again\", \"source\": \"Wire\","
            + " \"published\": \"2014-03-10T10:00:00Z\"}",
        "{\"id\": \"b\", \"text\": \"Elephants can tell friend from foe by the human voice, a study finds.\","
            + " \"published\": \"2014-03-10T10:02:00+01:00\"}",
        "",
        "{\"id\": 3, \"title\": \"Pizza chain Sbarro files for bankruptcy\", \"url\": "
            + "\"https://post.example/2014/03/10/sbarro-files-for-bankruptcy\"}");
    assertEquals(0, r.status(), r.err());
    assertEquals("{\"id\":\"a\",\"story\":1}\n{\"id\":\"b\",\"story\":2}\n{\"id\":\"3\",\"story\":1}\n",
        r.out().replace("\r\n", "\n"));
  }

  @Test
  void twoObjectsOnOneLineAreRefusedNotHalfRead() throws IOException {
    // the second article would otherwise vanish without a word
    CliRun r = cluster("{\"id\": \"a\", \"title\": \"Sbarro files\"}", "{\"id\": \"b\", \"title\": \"x\"} {\"id\": \"c\", \"title\": \"y\"}");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals("herald: " + dir.resolve("in.jsonl") + ":2: not valid JSON at column 27: more after the JSON object"
        + " (one object per line)", r.err().strip());
  }

  @Test
  void brokenJsonAndBrokenUtf8NameTheLineAndColumnInPlainWords() throws IOException {
    CliRun cut = cluster("{\"id\": \"a\", \"title\": \"x\"}", "{\"id\": \"b\", \"title\": \"y\"");
    assertEquals(2, cut.status());
    assertEquals("herald: " + dir.resolve("in.jsonl") + ":2: not valid JSON at column 25: Unexpected end-of-input:"
        + " expected close marker for Object", cut.err().strip());
    Path in = dir.resolve("in.jsonl");
    Files.write(in, "{\"id\": \"a\", \"title\": \"x\"}\n{\"id\": \"b\", \"title\": \"\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun latin1 = CliRun.of("cluster", "--in", in.toString());
    assertEquals(2, latin1.status());
    assertEquals("herald: " + in + ":2: not UTF-8 text", latin1.err().strip());
    assertEquals("", latin1.out());
  }

  @Test
  void aLineWithoutTitleOrTextFailsNamingItsLineAndPrintsNothing() throws IOException {
    CliRun r = cluster("{\"id\": \"a\", \"title\": \"Sbarro files\"}", "{\"id\": \"b\", \"url\": \"https://x.example/\"}");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("in.jsonl:2: needs a \"title\" or a \"text\""), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void badJsonBadDatesMissingAndRepeatedIdsAreOneLineErrors() throws IOException {
    assertTrue(cluster("{not json").err().contains("in.jsonl:1: not valid JSON"));
    assertTrue(cluster("{\"id\": \"a\", \"title\": \"x\", \"published\": \"yesterday\"}").err()
        .contains("in.jsonl:1: \"published\" is not an ISO-8601 time: \"yesterday\""));
    assertTrue(cluster("{\"title\": \"x\"}").err().contains("in.jsonl:1: needs an \"id\""));
    CliRun repeated = cluster("{\"id\": \"a\", \"title\": \"x\"}", "{\"id\": \"a\", \"title\": \"y\"}");
    assertEquals(2, repeated.status());
    assertTrue(repeated.err().contains("in.jsonl:2: repeats the id \"a\""), repeated.err());
    assertTrue(cluster("[1, 2]").err().contains("in.jsonl:1: expected a JSON object"));
  }

  @Test
  void aMissingFileIsAnError() {
    CliRun r = CliRun.of("cluster", "--in", dir.resolve("none.jsonl").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("none.jsonl: no such file"), r.err());
  }
}
