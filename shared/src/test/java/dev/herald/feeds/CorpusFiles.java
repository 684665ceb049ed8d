package dev.herald.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** Shared helpers of the corpus suites: listing feed documents, reading, comparing text, writing reports. */
final class CorpusFiles {
  private CorpusFiles() {}

  /** Feed documents under {@code dir}: .xml, .atom, .rss, .rdf and extension-less snapshots. */
  static List<Path> feedDocuments(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(CorpusFiles::isFeedDocument).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isFeedDocument(Path f) {
    String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.startsWith("license") || lower.startsWith("source") || lower.startsWith("readme")) return false;
    int dot = lower.lastIndexOf('.');
    if (dot < 0) return true;
    String ext = lower.substring(dot + 1);
    return ext.equals("xml") || ext.equals("atom") || ext.equals("rss") || ext.equals("rdf");
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<ParsedFeed> tryParse(byte[] bytes, Optional<String> charset, java.net.URI base) {
    try {
      return Optional.of(new FeedParser().parse(bytes, charset, base));
    } catch (FeedException e) {
      return Optional.empty();
    }
  }

  /** Text as a reader sees it: markup rendered to text, whitespace collapsed. */
  static String visible(String s) {
    if (s == null) return "";
    String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(s).text() : s;
    return t.replaceAll("\\s+", " ").strip();
  }

  /** Whether our field says what the suite expected: the same string, or the same visible text. */
  static boolean sameText(String expected, FeedText ours) {
    if (ours == null) return expected == null || expected.isBlank();
    if (ours.value().strip().equals(expected.strip())) return true;
    String mine = ours.html() ? visible(ours.value()) : ours.value().replaceAll("\\s+", " ").strip();
    return mine.equals(visible(expected)) || mine.equals(expected.replaceAll("\\s+", " ").strip());
  }

  static boolean sameInstant(Instant expected, Optional<Instant> ours) {
    return ours.isPresent() && ours.get().equals(expected);
  }

  /** Writes a suite's report under target/corpus/ (and returns it) so that the figures can be quoted. */
  static String writeReport(String name, String text) {
    try {
      Path dir = Path.of("target/corpus");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".txt"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(text);
    return text;
  }
}
