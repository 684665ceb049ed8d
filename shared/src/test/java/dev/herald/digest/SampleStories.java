package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The bundled sample feeds ({@code config/samples/}, Herald's own fictional content) grouped into stories by the
 * event table of {@code config/samples/README.md}. Text is extracted here with jsoup (paragraphs become lines), on
 * purpose independently of the feed parser, so summaries can be checked on what new users see first.
 */
final class SampleStories {
  /** Event id to the headline pattern that marks its articles, in README order. */
  static final Map<String, Pattern> EVENTS = new LinkedHashMap<>();

  static {
    EVENTS.put("aster-3", Pattern.compile("Aster-3"));
    EVENTS.put("quellton-fine", Pattern.compile("Quellton"));
    EVENTS.put("storm-isolde", Pattern.compile("Storm Isolde"));
    EVENTS.put("rate-cut", Pattern.compile("(?i)rate cut|cuts main rate"));
    EVENTS.put("rail-strike", Pattern.compile("(?i)rail strike"));
    EVENTS.put("cardelimab", Pattern.compile("(?i)cardelimab"));
    EVENTS.put("continental-cup", Pattern.compile("Continental Cup"));
    EVENTS.put("corvus-1", Pattern.compile("Corvus-1"));
    EVENTS.put("glacier-survey", Pattern.compile("(?i)glacier"));
    EVENTS.put("library-renovation", Pattern.compile("library renovation"));
    EVENTS.put("brevik-nordvale", Pattern.compile("Brevik"));
    EVENTS.put("solair-jets", Pattern.compile("Solair"));
    EVENTS.put("tallow-5", Pattern.compile("Tallow"));
    EVENTS.put("kettle-ridge", Pattern.compile("Kettle Ridge"));
    EVENTS.put("kessel-ransomware", Pattern.compile("Kessel"));
  }

  private static final Map<String, String> FEEDS = Map.of(
      "harbor-times.xml", "Harbor Times", "northwind-wire.xml", "Northwind Wire",
      "meridian-post.atom", "The Meridian Post", "capital-ledger.xml", "The Capital Ledger",
      "pacific-daily.xml", "Pacific Daily", "techline.atom", "Techline");

  private SampleStories() {}

  static Path samples() {
    return Corpus.projectRoot().resolve("config/samples");
  }

  /** Every event's articles, oldest first; events in README order. */
  static Map<String, List<Article>> load() throws IOException {
    Map<String, List<Article>> out = new LinkedHashMap<>();
    EVENTS.keySet().forEach(k -> out.put(k, new ArrayList<>()));
    for (Map.Entry<String, String> feed : new java.util.TreeMap<>(FEEDS).entrySet()) {
      for (Article a : parse(samples().resolve(feed.getKey()), feed.getValue())) {
        String event = EVENTS.entrySet().stream().filter(e -> e.getValue().matcher(a.title()).find())
            .map(Map.Entry::getKey).findFirst()
            .orElseThrow(() -> new IllegalStateException("no event for sample item: " + a.title()));
        out.get(event).add(a);
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(Article::published).thenComparing(Article::id)));
    return out;
  }

  private static List<Article> parse(Path file, String outlet) throws IOException {
    Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
    String feedId = file.getFileName().toString().replaceAll("\\.(xml|atom)$", "");
    List<Article> out = new ArrayList<>();
    for (Element item : doc.select("item, entry")) {
      String title = Jsoup.parse(item.selectFirst("title").text()).text();
      Element link = item.selectFirst("link");
      String url = link.hasAttr("href") ? link.attr("href") : link.text();
      String date = first(item, "pubDate", "published", "dc|date", "updated");
      Instant published = date.matches("\\d{4}-.*")
          ? OffsetDateTime.parse(date).toInstant()
          : ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      String description = paragraphs(first(item, "description", "summary"));
      String text = paragraphs(first(item, "content|encoded", "content"));
      if (text.isBlank()) text = description;
      String id = feedId + "-" + Integer.toHexString(url.hashCode());
      out.add(new Article(id, feedId, outlet, title, url, url, url, published, false, published, description, text,
          "", ""));
    }
    return out;
  }

  private static String first(Element item, String... names) {
    for (String n : names) {
      Element e = item.selectFirst(n);
      if (e != null && !e.text().isBlank()) return e.wholeText().strip();
    }
    return "";
  }

  /** HTML (or plain text) to clean text: one line per paragraph. */
  static String paragraphs(String html) {
    if (html.isBlank()) return "";
    Document d = Jsoup.parse(html);
    List<String> lines = new ArrayList<>();
    for (Element p : d.select("p")) {
      if (!p.text().isBlank()) lines.add(p.text());
    }
    return lines.isEmpty() ? d.text() : String.join("\n\n", lines);
  }
}
