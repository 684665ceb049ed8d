package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.articles.ArticleCleaner;
import dev.herald.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real-world corpus suites (skipped without the corpus, failing under CI=true). Agreement thresholds are the
 * figures reached when they were set, as hard floors: a change may raise them, never lower them.
 *
 * <p>The 13 feedparser checks Herald does not meet, judged: 8 are on CDF files (Microsoft's 1997 Channel Definition
 * Format, which Herald does not read: 3 item counts, 2 titles, 2 links, 1 date); 2 expect HTML 4's {@code &lang;}/{@code &rang;} (U+2329/U+232A) where HTML 5,
 * which Herald follows, maps them to U+27E8/U+27E9; 1 expects iTunes' case-insensitive element names
 * ({@code <TiTlE>}); 2 expect feedparser's own sanitiser output (an escaped {@code <!DOCTYPE} and a comment that an
 * HTML 5 parser reads to the end of the title) — Herald keeps the text and its article stage strips the markup.
 * gofeed and fastfeedparser agree on every check.
 */
class CorpusSuiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void agreesWithFeedparserExpectations() throws Exception {
    Agreement a = FeedparserAgreement.run();
    CorpusFiles.writeReport("feedparser", a.report());
    assertTrue(a.total() >= 721, "fewer checks translated than when the floor was set: " + a.total());
    assertTrue(a.agreed() >= 708, a.report());
  }

  @Test
  void agreesWithGofeedExpectedOutputs() throws Exception {
    Agreement a = GofeedAgreement.run();
    CorpusFiles.writeReport("gofeed", a.report());
    assertTrue(a.total() >= 699, "fewer checks than when the floor was set: " + a.total());
    assertEquals(a.total(), a.agreed(), a.report());
  }

  @Test
  void agreesWithFastfeedparserOnRealFeeds() throws Exception {
    Agreement a = FastfeedparserAgreement.run();
    CorpusFiles.writeReport("fastfeedparser", a.report());
    assertTrue(a.total() >= 537, "fewer checks than when the floor was set: " + a.total());
    assertEquals(a.total(), a.agreed(), a.report());
  }

  @Test
  void itemCountsEqualTheIndexForEveryRealNewsFeed() throws Exception {
    Path dir = Corpus.root().resolve("realworld-news");
    List<String> lines = Files.readAllLines(dir.resolve("index.jsonl"));
    assertEquals(20, lines.size());
    StringBuilder report = new StringBuilder("realworld-news item counts\n");
    int equal = 0;
    for (String line : lines) {
      JsonNode entry = JSON.readTree(line);
      String file = entry.get("file").asText();
      ParsedFeed f = new FeedParser().parse(Files.readAllBytes(dir.resolve(file)));
      int undated = (int) f.items().stream().filter(i -> i.date().isEmpty()).count();
      report.append(String.format("  %s %-8s %3d items (index %3d), %d without a readable date, warnings %s%n",
          file, f.format().label(), f.items().size(), entry.get("items").asInt(), undated, f.warnings()));
      if (f.items().size() == entry.get("items").asInt()) equal++;
      assertEquals(0, undated, file + ": every item of these feeds has a date");
    }
    CorpusFiles.writeReport("realworld-news", report.toString());
    assertEquals(20, equal, report.toString());
  }

  @Test
  void everyFeedparserDateVectorParses() throws Exception {
    List<String> lines = Files.readAllLines(Corpus.root().resolve("feeds/feedparser-tests/date_vectors.jsonl"));
    assertEquals(72, lines.size());
    List<String> wrong = new ArrayList<>();
    for (String line : lines) {
      JsonNode v = JSON.readTree(line);
      String input = v.get("input").asText();
      Optional<Instant> expected = Optional.empty();
      JsonNode t = v.get("expected_utc_struct_time");
      if (t != null && !t.isNull()) {
        expected = Optional.of(java.time.LocalDateTime.of(t.get(0).asInt(), t.get(1).asInt(), t.get(2).asInt(),
            t.get(3).asInt(), t.get(4).asInt(), t.get(5).asInt()).toInstant(java.time.ZoneOffset.UTC));
      }
      Optional<Instant> got = parseWith(v.get("parser").asText(), input).map(i -> i.with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0));
      if (!got.equals(expected)) wrong.add(v.get("parser").asText() + "(\"" + input + "\"): expected " + expected + ", got " + got);
    }
    assertEquals(List.of(), wrong);
  }

  /** The reader that matches each feedparser function; the vectors test each reader on its own inputs. */
  private static Optional<Instant> parseWith(String parser, String input) {
    return switch (parser) {
      case "_parse_date_greek" -> FeedDates.greek(input);
      case "_parse_date_hungarian" -> FeedDates.hungarian(input);
      case "_parse_date_iso8601" -> FeedDates.iso8601(input);
      case "_parse_date_nate" -> FeedDates.nate(input);
      case "_parse_date_onblog" -> FeedDates.onblog(input);
      case "_parse_date_perforce" -> FeedDates.perforce(input);
      case "_parse_date_rfc822" -> FeedDates.rfc822(input);
      case "_parse_date_asctime" -> FeedDates.asctime(input);
      case "_parse_date_w3dtf" -> FeedDates.w3dtf(input);
      default -> fail("no reader for " + parser);
    };
  }

  @Test
  void everyCorpusFileParsesWithoutCrashHangOrBlowUp() {
    List<Path> files = new ArrayList<>(CorpusFiles.feedDocuments(Corpus.root().resolve("feeds")));
    files.addAll(CorpusFiles.feedDocuments(Corpus.root().resolve("realworld-news")));
    assertTrue(files.size() > 4000, "corpus too small: " + files.size());
    ArticleCleaner cleaner = new ArticleCleaner();
    Instant now = Instant.now();
    int feeds = 0;
    int notFeeds = 0;
    long items = 0;
    for (Path file : files) {
      byte[] bytes = CorpusFiles.read(file);
      // a hang guard, not a speed test: the slowest file takes milliseconds
      Optional<ParsedFeed> parsed = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> CorpusFiles.tryParse(bytes, Optional.empty(), null), file.toString());
      if (parsed.isEmpty()) {
        notFeeds++;
        continue;
      }
      feeds++;
      long chars = 0;
      for (RawItem i : parsed.get().items()) {
        chars += i.title().value().length() + i.summary().value().length() + i.content().value().length()
            + i.link().length() + i.guid().length();
        cleaner.clean(i, now);
        items++;
      }
      // bounded output: entities never expand the text beyond the input (gzip inputs inflate up to the cap)
      long bound = 4L * Math.max(bytes.length, isGzip(bytes) ? FeedParser.DEFAULT_MAX_BYTES : 0) + 4096;
      assertTrue(chars <= bound, file + ": " + chars + " chars of output from " + bytes.length + " bytes");
    }
    CorpusFiles.writeReport("robustness", String.format(
        "robustness: %d files, %d read as feeds (%d items, all cleaned), %d not feeds (one-line reason each)%n",
        files.size(), feeds, items, notFeeds));
    assertTrue(notFeeds <= 31, "more files unreadable than when the floor was set: " + notFeeds);
  }

  private static boolean isGzip(byte[] b) {
    return b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
  }
}
