package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.FeedSource;
import dev.herald.model.FullTextMode;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path home;

  Path write(String name, String yaml) throws IOException {
    Path p = home.resolve("config").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, yaml);
    return p;
  }

  String failure(String yaml) throws IOException {
    Path f = write("herald.yaml", yaml);
    return assertThrows(ConfigException.class, () -> ConfigLoader.load(home, f)).getMessage();
  }

  @Test
  void anEmptyFileGivesTheDefaults() throws IOException {
    HeraldConfig c = ConfigLoader.load(home, write("herald.yaml", ""));
    assertEquals(home.resolve("data"), c.dataDir());
    assertEquals(home.resolve("data/herald.db"), c.databaseFile());
    assertEquals(LocalTime.of(8, 0), c.briefing().time());
    assertEquals("extractive", c.summary().summarizer());
    assertEquals(48, c.stories().windowHours());
    assertEquals(ZoneId.of("UTC"), c.console().timeZone());
  }

  @Test
  void theShippedSettingsFileLoads() {
    Path root = Corpus.projectRoot();
    HeraldConfig c = ConfigLoader.load(root, root.resolve("config/herald.yaml"));
    assertEquals(5, c.briefing().maxStories());
    assertEquals(HeraldConfig.FullText.defaults(), c.fullText(), "the shipped file lists the defaults");
    assertEquals(root.resolve("data"), c.dataDir());
  }

  @Test
  void theShippedFeedListsLoad() {
    Path root = Corpus.projectRoot();
    List<FeedSource> feeds = FeedsConfig.load(root, root.resolve("config/feeds.yaml"));
    assertTrue(feeds.size() >= 5, "feeds: " + feeds.size());
    List<FeedSource> samples = FeedsConfig.load(root, root.resolve("config/samples/feeds.yaml"));
    assertEquals(7, samples.size());
    assertEquals(dev.herald.model.FullTextMode.AUTO, samples.get(6).fullText(), "the teaser-only sample feed");
    for (FeedSource f : samples) {
      assertEquals("file", f.url().getScheme());
      assertTrue(Files.exists(Path.of(f.url())), "sample file missing: " + f.url());
    }
  }

  @Test
  void slackHttpModeListensOnEveryInterfaceUnlessAnAddressIsGiven() throws IOException {
    assertEquals("0.0.0.0", ConfigLoader.load(home, write("herald.yaml", "")).slack().httpHost());
    assertEquals("127.0.0.1", ConfigLoader.load(home, write("herald.yaml", "slack:\n  http_host: 127.0.0.1\n"))
        .slack().httpHost());
    assertEquals("::1", ConfigLoader.load(home, write("herald.yaml", "slack:\n  http_host: \"[::1]\"\n"))
        .slack().httpHost());
    assertEquals("config/herald.yaml: slack.http_host must be an IP address such as 127.0.0.1, ::1 or 0.0.0.0"
        + " (every interface), got \"slack.example.com\"", failure("slack:\n  http_host: slack.example.com\n"));
    assertTrue(failure("slack:\n  http_host: 999.1.1.1\n").contains("slack.http_host must be an IP address"));
  }

  @Test
  void aWrongValueNamesTheFileAndTheKey() throws IOException {
    assertEquals("config/herald.yaml: briefing.time must be HH:MM (24-hour), got \"25:00\"",
        failure("briefing:\n  time: \"25:00\"\n"));
  }

  @Test
  void anUnknownKeyIsRejected() throws IOException {
    assertEquals("config/herald.yaml: briefing.tiem is not a known setting (check its spelling)",
        failure("briefing:\n  tiem: \"08:00\"\n"));
  }

  @Test
  void anOutOfRangeNumberSaysTheRange() throws IOException {
    assertEquals("config/herald.yaml: briefing.max_stories must be between 1 and 20, got 0",
        failure("briefing:\n  max_stories: 0\n"));
  }

  @Test
  void aBadTimeZoneIsNamed() throws IOException {
    assertEquals("config/herald.yaml: time_zone must be an IANA time zone such as Europe/London, got \"Mars/Base\"",
        failure("time_zone: Mars/Base\n"));
  }

  @Test
  void aWrongTypeIsNamed() throws IOException {
    assertEquals("config/herald.yaml: fetch.allow_private_addresses must be true or false, got \"maybe\"",
        failure("fetch:\n  allow_private_addresses: maybe\n"));
  }

  @Test
  void brokenYamlIsOneLineWithItsPosition() throws IOException {
    String m = failure("briefing: [unclosed\n");
    assertEquals("config/herald.yaml: not valid YAML at line 2, column 1: expected ',' or ']', but got <stream end>", m);
    assertEquals("config/herald.yaml: not valid YAML at line 3, column 2: expected <block end>, but found"
        + " '<block mapping start>' (check the indentation)", failure("briefing:\n  time: \"08:00\"\n max_stories: 3\n"));
    assertEquals("config/herald.yaml: not valid YAML at line 2, column 6: mapping values are not allowed here",
        failure("key: value\n  bad: indent\n"));
  }

  @Test
  void aKeyGivenTwiceIsRejectedNotSilentlyOverridden() throws IOException {
    // a second "briefing:" section pasted at the end of the file would otherwise replace the first one unseen
    assertEquals("config/herald.yaml: not valid YAML at line 2, column 9: data_dir is given twice",
        failure("data_dir: data\ndata_dir: other\n"));
    assertEquals("config/herald.yaml: not valid YAML at line 4, column 9: briefing is given twice",
        failure("briefing:\n  time: \"07:00\"\ntime_zone: UTC\nbriefing:\n  max_stories: 3\n"));
    assertEquals("config/herald.yaml: not valid YAML at line 3, column 7: time is given twice",
        failure("briefing:\n  time: \"07:00\"\n  time: \"09:00\"\n"));
  }

  @Test
  void aMissingFileIsNamed() {
    assertEquals("config/none.yaml: file not found",
        assertThrows(ConfigException.class, () -> ConfigLoader.load(home, home.resolve("config/none.yaml")))
            .getMessage());
  }

  @Test
  void feedEntriesAreCheckedOneByOne() throws IOException {
    Path f = write("feeds.yaml", "feeds:\n  - id: a\n    name: A\n    url: https://a.example/rss\n"
        + "  - id: a\n    name: B\n    url: https://b.example/rss\n");
    assertEquals("config/feeds.yaml: feeds[1].id repeats an earlier feed's id \"a\"",
        assertThrows(ConfigException.class, () -> FeedsConfig.load(home, f)).getMessage());
    Path g = write("feeds2.yaml", "feeds:\n  - id: a\n    name: A\n    url: gopher://a.example/\n");
    assertEquals("config/feeds2.yaml: feeds[0].url must be http(s) or a local file path, got \"gopher://a.example/\"",
        assertThrows(ConfigException.class, () -> FeedsConfig.load(home, g)).getMessage());
  }

  @Test
  void aFeedWithoutANameTakesItsOutletFromTheFeedAndShowsItsHost() throws IOException {
    Path h = write("feeds3.yaml", "feeds:\n  - id: a\n    url: https://a.example/\n");
    FeedSource feed = FeedsConfig.load(home, h).get(0);
    assertEquals("", feed.name(), "each article's outlet comes from the site and the feed");
    assertEquals("a.example", feed.label());
  }

  @Test
  void fullTextIsReadPerFeedAndAWrongValueIsOneLine() throws IOException {
    Path f = write("feeds.yaml", "feeds:\n  - id: a\n    name: A\n    url: https://a.example/rss\n"
        + "  - id: b\n    name: B\n    url: https://b.example/rss\n    full_text: never\n"
        + "  - id: c\n    name: C\n    url: https://c.example/rss\n    full_text: Always\n");
    assertEquals(List.of(FullTextMode.AUTO, FullTextMode.NEVER, FullTextMode.ALWAYS),
        FeedsConfig.load(home, f).stream().map(FeedSource::fullText).toList());
    Path g = write("feeds2.yaml", "feeds:\n  - id: a\n    name: A\n    url: https://a.example/rss\n"
        + "    full_text: sometimes\n");
    assertEquals("config/feeds2.yaml: feeds[0].full_text must be auto, always or never, got \"sometimes\"",
        assertThrows(ConfigException.class, () -> FeedsConfig.load(home, g)).getMessage());
  }

  @Test
  void fullTextSettingsHaveDefaultsAndAreChecked() throws IOException {
    HeraldConfig d = ConfigLoader.load(home, write("herald.yaml", ""));
    assertEquals(HeraldConfig.FullText.defaults(), d.fullText());
    assertTrue(d.fullText().enabled());
    HeraldConfig set = ConfigLoader.load(home, write("herald.yaml", "full_text:\n  enabled: false\n"
        + "  teaser_words: 40\n  pages_per_poll: 5\n  per_host_delay_seconds: 10\n"));
    assertEquals(new HeraldConfig.FullText(false, 40, 5, 60, 10, 5L * 1024 * 1024), set.fullText());
    assertEquals("config/herald.yaml: full_text.enabled must be true or false, got \"maybe\"",
        failure("full_text:\n  enabled: maybe\n"));
    assertEquals("config/herald.yaml: full_text.pages_per_poll must be between 0 and 10000, got -1",
        failure("full_text:\n  pages_per_poll: -1\n"));
    assertEquals("config/herald.yaml: full_text.fetch_pages is not a known setting (check its spelling)",
        failure("full_text:\n  fetch_pages: 3\n"));
  }

  @Test
  void relativeFeedPathsResolveAgainstTheFeedsFile() throws IOException {
    write("samples/x.xml", "<rss version=\"2.0\"><channel/></rss>");
    Path f = write("feeds.yaml", "feeds:\n  - id: local\n    name: Local\n    url: samples/x.xml\n    topics: [ai]\n");
    FeedSource feed = FeedsConfig.load(home, f).get(0);
    assertEquals(home.resolve("config/samples/x.xml").toUri(), feed.url());
    assertEquals(List.of("ai"), feed.topics());
  }

  @Test
  void deliverySettingsHaveDefaultsAndCanBeSet() throws IOException {
    HeraldConfig d = ConfigLoader.load(home, write("herald.yaml", ""));
    assertEquals(8, d.delivery().maxAttempts());
    assertEquals(50.0, d.delivery().discord().globalPerSecond());
    assertEquals(HeraldConfig.Delivery.defaults(), d.delivery());
    HeraldConfig c = ConfigLoader.load(home, write("herald.yaml",
        "delivery:\n  max_attempts: 3\n  alerts:\n    daily_cap: 2\n  slack:\n    per_channel_per_second: 0.5\n"));
    assertEquals(3, c.delivery().maxAttempts());
    assertEquals(2, c.delivery().alerts().dailyCap());
    assertEquals(0.5, c.delivery().slack().perChannelPerSecond());
  }

  @Test
  void aWrongDeliveryValueNamesItsKey() throws IOException {
    assertEquals("config/herald.yaml: delivery.alerts.daily_cap must be a whole number, got \"many\"",
        failure("delivery:\n  alerts:\n    daily_cap: many\n"));
    assertTrue(failure("delivery:\n  discord:\n    global_per_second: fast\n")
        .contains("delivery.discord.global_per_second must be a number"));
    assertTrue(failure("delivery:\n  retries: 3\n").contains("delivery.retries"));
  }

  @Test
  void theOpsEndpointIsOffByDefaultAndLoopbackWhenOn() throws IOException {
    HeraldConfig d = ConfigLoader.load(home, write("herald.yaml", ""));
    assertEquals(HeraldConfig.Ops.OFF, d.ops());
    assertFalse(d.ops().enabled());
    HeraldConfig on = ConfigLoader.load(home, write("herald.yaml", "ops:\n  http_port: 9464\n"));
    assertTrue(on.ops().enabled());
    assertEquals(new HeraldConfig.Ops("127.0.0.1", 9464), on.ops());
    assertEquals("::1", ConfigLoader.load(home, write("herald.yaml", "ops:\n  http_host: \"[::1]\"\n"))
        .ops().httpHost());
  }

  @Test
  void aWrongOpsValueNamesItsKey() throws IOException {
    assertEquals("config/herald.yaml: ops.http_port must be between 0 and 65535, got 70000",
        failure("ops:\n  http_port: 70000\n"));
    assertEquals("config/herald.yaml: ops.http_host must be an IP address such as 127.0.0.1, ::1 or 0.0.0.0 (every"
        + " interface), got \"metrics.example\"", failure("ops:\n  http_host: metrics.example\n"));
    assertEquals("config/herald.yaml: ops.port is not a known setting (check its spelling)",
        failure("ops:\n  port: 9464\n"));
  }

  @Test
  void theLogFormatIsTextOrJson() throws IOException {
    assertEquals(HeraldConfig.Logging.TEXT, ConfigLoader.load(home, write("herald.yaml", "")).logging());
    assertEquals(HeraldConfig.Logging.Format.JSON,
        ConfigLoader.load(home, write("herald.yaml", "logging:\n  format: json\n")).logging().format());
    assertEquals("config/herald.yaml: logging.format must be text or json, got \"xml\"",
        failure("logging:\n  format: xml\n"));
  }

  @Test
  void aFeedFileThatDoesNotExistIsAnError() throws IOException {
    Path f = write("feeds.yaml", "feeds:\n  - id: local\n    name: Local\n    url: samples/missing.xml\n");
    assertEquals("config/feeds.yaml: feeds[0].url names a file that does not exist: \"samples/missing.xml\" (a path is"
        + " relative to config/, the feed list's folder)",
        assertThrows(ConfigException.class, () -> FeedsConfig.load(home, f)).getMessage());
  }

  @Test
  void aFeedsTopicsMustBeTopicsOfTopicsYaml() throws IOException {
    Path f = write("feeds.yaml", "feeds:\n  - id: a\n    name: A\n    url: https://a.example/rss\n    topics: [wrold]\n");
    assertEquals("wrold", FeedsConfig.load(home, f).get(0).topics().get(0), "without topics.yaml any name goes");
    write("topics.yaml", "topics:\n  - name: world\n    keywords: [world]\n  - name: tech\n    keywords: [tech]\n");
    assertEquals("config/feeds.yaml: feeds[0].topics names \"wrold\", which is not a topic of config/topics.yaml"
        + " (topics: tech, world)", assertThrows(ConfigException.class, () -> FeedsConfig.load(home, f)).getMessage());
  }
}
