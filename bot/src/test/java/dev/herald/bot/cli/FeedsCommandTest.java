package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.testing.Corpus;
import dev.herald.text.ControlChars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsCommandTest {
  @TempDir Path home;

  @BeforeEach
  void home() throws IOException {
    System.setProperty("herald.home", home.toString());
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/feeds.yaml"), "# my feeds\nfeeds:\n  - id: wire\n    name: Wire\n"
        + "    url: https://wire.example/rss\n    topics: [world]\n");
  }

  @AfterEach
  void clear() {
    System.clearProperty("herald.home");
  }

  @Test
  void addListAndRemoveEditTheInstanceFile() throws IOException {
    CliRun add = CliRun.of("feeds", "add", "https://www.tech.example/feed", "--topics", "tech,ai");
    assertEquals(0, add.status(), add.err());
    assertTrue(add.out().startsWith("added tech.example (www.tech.example)"), add.out());
    String file = Files.readString(home.resolve("config/feeds.yaml"));
    assertTrue(file.startsWith("# my feeds\nfeeds:\n"), file);
    assertTrue(file.contains("  - id: tech.example\n    name: www.tech.example\n    url: https://www.tech.example/feed\n"
        + "    topics: [tech, ai]\n"), file);
    CliRun list = CliRun.of("feeds", "list");
    assertEquals(0, list.status(), list.err());
    assertTrue(list.out().contains("tech.example  [instance]  www.tech.example  <https://www.tech.example/feed>  tech,ai"
        + "\n    new: not read yet"), list.out());
    CliRun remove = CliRun.of("feeds", "remove", "wire");
    assertEquals(0, remove.status(), remove.err());
    assertTrue(!Files.readString(home.resolve("config/feeds.yaml")).contains("wire.example"));
    CliRun again = CliRun.of("feeds", "remove", "wire");
    assertEquals(2, again.status());
    assertTrue(again.err().startsWith("herald: no instance feed with id \"wire\""), again.err());
  }

  @Test
  void addRefusesBadUrlsAndIds() {
    assertEquals("herald: feeds on local or internal hosts are not allowed: localhost"
        + " (fetch.allow_private_addresses is off)\n",
        CliRun.of("feeds", "add", "http://localhost/rss").err());
    assertEquals("herald: --id must be lower-case letters, digits, '.', '_' or '-' (at most 64): Bad Id\n",
        CliRun.of("feeds", "add", "https://ok.example/rss", "--id", "Bad Id").err());
    CliRun dup = CliRun.of("feeds", "add", "https://other.example/rss", "--id", "wire");
    assertEquals(2, dup.status());
    assertEquals("herald: config/feeds.yaml: a feed with id \"wire\" is already listed\n", dup.err());
  }

  @Test
  void addRefusesALocalFileThatIsNotAFeedAndLeavesTheListAlone() throws IOException {
    String before = Files.readString(home.resolve("config/feeds.yaml"));
    Path notes = Files.writeString(home.resolve("notes.xml"), "meeting notes, not a feed");
    CliRun add = CliRun.of("feeds", "add", notes.toString());
    assertEquals(2, add.status(), add.out());
    assertEquals("herald: " + notes + ": not a feed: no XML or JSON found\n", add.err());
    assertEquals(before, Files.readString(home.resolve("config/feeds.yaml")));
  }

  @Test
  void checkReadsLocalFeedsAndReportsProblems() throws IOException {
    Path sample = Corpus.projectRoot().resolve("config/samples/harbor-times.xml");
    Files.copy(sample, home.resolve("config/harbor.xml"));
    Files.writeString(home.resolve("config/broken.xml"), "<html><body>not a feed</body></html>");
    Files.writeString(home.resolve("config/feeds.yaml"), "feeds:\n  - id: harbor\n    name: Harbor\n"
        + "    url: harbor.xml\n  - id: broken\n    name: Broken\n    url: broken.xml\n");
    CliRun ok = CliRun.of("feeds", "check", "harbor");
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().startsWith("harbor: ok, RSS 2.0, "), ok.out());
    CliRun all = CliRun.of("feeds", "check");
    assertEquals(2, all.status());
    assertTrue(all.out().contains("broken: FAILED: not a feed: an HTML page"), all.out());
    assertEquals("herald: 1 of 2 feeds could not be read\n", all.err());
  }

  @Test
  void addRefusesTopicsThatTopicsYamlDoesNotDefine() throws IOException {
    Files.writeString(home.resolve("config/topics.yaml"),
        "topics:\n  - name: world\n    keywords: [world]\n  - name: tech\n    keywords: [tech]\n");
    String before = Files.readString(home.resolve("config/feeds.yaml"));
    CliRun typo = CliRun.of("feeds", "add", "https://www.tech.example/feed", "--topics", "tech,wrold");
    assertEquals(2, typo.status());
    assertEquals("herald: --topics names \"wrold\", which is not a topic of config/topics.yaml (topics: tech, world)\n",
        typo.err());
    assertEquals(before, Files.readString(home.resolve("config/feeds.yaml")), "nothing written");
    assertEquals(0, CliRun.of("feeds", "add", "https://www.tech.example/feed", "--topics", "tech").status());
  }

  /** A feed name and an HTTP reason phrase as an attacker writes them: set the title, clear the screen, forge a line. */
  static final String HOSTILE = "\u001b]0;owned\u0007\u001b[2J\u009b31m\u202e\u061c";

  @Test
  void listAndCheckPrintHostileNamesAndReasonsAsEscapedText() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().status("HTTP/1.1 503 Busy" + HOSTILE).build());
      Files.writeString(home.resolve("config/herald.yaml"), "fetch:\n  allow_private_addresses: true\n");
      Files.writeString(home.resolve("config/feeds.yaml"), "feeds:\n  - id: evil\n"
          + "    name: \"Evil\\e]0;owned\\a\\e[2J\\u202e\\u061c\\x9b31m\\r\\nforged: line\"\n"
          + "    url: " + server.url("/rss") + "\n");
      CliRun list = CliRun.of("feeds", "list");
      assertEquals(0, list.status(), list.err());
      assertNoControls(list.out());
      assertTrue(list.out().startsWith("evil  [instance]  Evil\\x1b]0;owned\\x07\\x1b[2J\\u202e\\u061c\\x9b31m\\r\\nforged"),
          list.out());
      assertEquals(2, list.out().lines().count(), list.out());
      CliRun check = CliRun.of("feeds", "check");
      assertEquals(2, check.status());
      assertNoControls(check.out() + check.err());
      assertTrue(check.out().startsWith("evil: FAILED: HTTP 503 Busy\\x1b]0;owned\\x07"), check.out());
    }
  }

  static void assertNoControls(String text) {
    assertTrue(text.codePoints().noneMatch(c -> c != '\n' && ControlChars.isControl(c)), text);
  }
}
