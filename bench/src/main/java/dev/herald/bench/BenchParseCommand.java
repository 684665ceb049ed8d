package dev.herald.bench;

import dev.herald.articles.ArticleCleaner;
import dev.herald.bench.figures.Decimals;
import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.CliHome;
import dev.herald.bot.cli.JsonLines;
import dev.herald.feeds.FeedException;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.ParsedFeed;
import dev.herald.feeds.RawItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code herald bench parse}: Herald's feed parser against the speed floor, a plain JDK StAX pass over the same bytes
 * that only counts {@code item}/{@code entry} elements (DTDs and external entities off). Every XML feed document
 * under {@code feeds/} and {@code realworld-news/} of the corpus is read into memory first; then both passes run
 * {@code --warmup} times untimed (so the JIT has compiled both), then {@code --runs} timed rounds alternating their
 * order; the medians of wall-clock time are reported (and, on a line of their own, of the thread's CPU time, which a
 * machine shared with other work disturbs less). The last line is one JSON object, wall-clock figures.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Time the feed parser over the corpus against a plain StAX pass (the floor).",
        "Last line: {\"bytes\":..,\"items\":..,\"seconds\":..,\"floor_seconds\":..,\"ratio\":..}"})
final class BenchParseCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin FloorBenchOptions options;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (options.warmup < 0 || options.runs < 1) throw new CliFailure("--warmup must be >= 0 and --runs >= 1");
    Path root = corpusRoot();
    List<byte[]> docs = load(root);
    long bytes = docs.stream().mapToLong(d -> d.length).sum();
    out.printf(Locale.ROOT, "corpus %s: %d XML feed documents, %.1f MB%n", root, docs.size(), bytes / 1e6);
    FeedParser parser = new FeedParser();
    XMLInputFactory stax = floorFactory();
    FloorTiming.Result t = FloorTiming.run(options.warmup, options.runs, () -> parsePass(parser, docs),
        () -> floorPass(stax, docs));
    long[] counts = parsePass(parser, docs);
    long items = counts[0];
    long floorItems = floorPass(stax, docs);
    double seconds = t.seconds();
    double floor = t.floorSeconds();
    long cleanStart = System.nanoTime();
    long cleaned = cleanPass(parser, docs);
    double cleanSeconds = (System.nanoTime() - cleanStart) / 1e9;
    out.printf(Locale.ROOT, "herald parser: %d items, %d documents unreadable as feeds, median %.3f s (%.0f items/s,"
        + " %.1f MB/s) over %d runs after %d warm-up rounds%n", items, counts[1], seconds, items / seconds,
        bytes / 1e6 / seconds, options.runs, options.warmup);
    out.printf(Locale.ROOT, "StAX floor:    %d item/entry elements, median %.3f s (%.0f items/s, %.1f MB/s)%n",
        floorItems, floor, floorItems / floor, bytes / 1e6 / floor);
    out.printf(Locale.ROOT, "thread CPU time (steadier on a shared machine; GC threads not counted): parser %.3f s,"
        + " floor %.3f s, ratio %.2f%n", t.cpuSeconds(), t.floorCpuSeconds(), t.cpuRatio());
    out.printf(Locale.ROOT, "cleaning to articles (jsoup, not in the ratio): %d items in %.3f s, one pass%n",
        cleaned, cleanSeconds);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bytes", bytes);
    json.put("items", items);
    json.put("seconds", Decimals.round(seconds, 3));
    json.put("floor_seconds", Decimals.round(floor, 3));
    json.put("ratio", Decimals.round(seconds / floor, 3));
    JsonLines.write(out, json);
  }

  private Path corpusRoot() {
    Path p = options.corpus;
    if (p == null) {
      String env = System.getenv("HERALD_CORPUS");
      p = env != null && !env.isBlank() ? Path.of(env) : CliHome.home().resolve("../shared/data").normalize();
    }
    if (!Files.isDirectory(p.resolve("feeds")) || !Files.isDirectory(p.resolve("realworld-news"))) {
      throw new CliFailure("no corpus at " + p + " (expected feeds/ and realworld-news/; use --corpus DIR)");
    }
    return p;
  }

  /** Feed documents: .xml, .atom, .rss, .rdf, and the extension-less real-world snapshots. */
  static List<byte[]> load(Path root) {
    List<byte[]> docs = new ArrayList<>();
    for (String sub : new String[] {"feeds", "realworld-news"}) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root.resolve(sub))) {
        files = walk.filter(Files::isRegularFile).filter(BenchParseCommand::isFeedDocument).sorted().toList();
      } catch (IOException e) {
        throw new CliFailure("cannot list " + root.resolve(sub) + ": " + e.getMessage());
      }
      for (Path f : files) {
        try {
          docs.add(Files.readAllBytes(f));
        } catch (IOException e) {
          throw new CliFailure("cannot read " + f + ": " + e.getMessage());
        }
      }
    }
    return docs;
  }

  static boolean isFeedDocument(Path f) {
    String name = f.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("license") || lower.startsWith("source") || lower.startsWith("readme")) return false;
    int dot = name.lastIndexOf('.');
    if (dot < 0) return true;
    String ext = lower.substring(dot + 1);
    return ext.equals("xml") || ext.equals("atom") || ext.equals("rss") || ext.equals("rdf");
  }

  /** {items, unreadable documents}. */
  private static long[] parsePass(FeedParser parser, List<byte[]> docs) {
    long items = 0;
    long failed = 0;
    for (byte[] d : docs) {
      try {
        items += parser.parse(d, Optional.empty(), null).items().size();
      } catch (FeedException e) {
        failed++;
      }
    }
    return new long[] {items, failed};
  }

  private static long cleanPass(FeedParser parser, List<byte[]> docs) {
    ArticleCleaner cleaner = new ArticleCleaner();
    Instant now = Instant.now();
    long n = 0;
    for (byte[] d : docs) {
      try {
        ParsedFeed f = parser.parse(d, Optional.empty(), null);
        for (RawItem i : f.items()) {
          cleaner.clean(i, now);
          n++;
        }
      } catch (FeedException e) {
        // counted by the parse pass
      }
    }
    return n;
  }

  /** The JDK's own StAX (not whatever is on the class path), with DTDs and external entities off. */
  static XMLInputFactory floorFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setXMLReporter((message, type, info, location) -> { }); // errors end the pass; no console noise
    return f;
  }

  private static long floorPass(XMLInputFactory f, List<byte[]> docs) {
    long items = 0;
    for (byte[] d : docs) {
      XMLStreamReader r = null;
      try {
        r = f.createXMLStreamReader(new ByteArrayInputStream(d));
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) {
            String local = r.getLocalName();
            if (local.equals("item") || local.equals("entry")) items++;
          }
        }
      } catch (XMLStreamException | RuntimeException e) {
        // a strict parser stops at the first error; what it counted so far stands
      } finally {
        if (r != null) {
          try {
            r.close();
          } catch (XMLStreamException ignored) {
            // nothing to release
          }
        }
      }
    }
    return items;
  }
}
