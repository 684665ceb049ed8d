package dev.herald.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Herald's parser against python feedparser's own test expectations, translated: every clause about a feed or entry
 * title, link or date, and the item count each implies (an assertion on {@code entries[n]} needs n + 1 items). Each
 * file is parsed as feedparser's harness served it: from {@code http://127.0.0.1:8097/<path>}, with the HTTP headers
 * its comment names.
 */
final class FeedparserAgreement {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

  private FeedparserAgreement() {}

  static Agreement run() throws IOException {
    Path root = Corpus.root().resolve("feeds/feedparser-tests");
    Agreement a = new Agreement("feedparser (translated expectations)");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(root.resolve("manifest.jsonl"))) {
      JsonNode m = json.readTree(line);
      String path = m.get("path").asText();
      List<PythonExpectations.Clause> clauses = PythonExpectations.translate(m.get("expect").asText());
      clauses = clauses.stream().filter(c -> c.refs().stream().noneMatch(r -> r.startsWith("feed.") && r.endsWith("_parsed"))).toList();
      if (clauses.isEmpty()) continue;
      Optional<String> charset = Optional.empty();
      URI base = URI.create("http://127.0.0.1:8097/" + path);
      for (JsonNode h : m.get("other_header_fields")) {
        String header = h.asText().replaceFirst("^Header:\\s*", "");
        if (header.regionMatches(true, 0, "Content-type:", 0, 13)) {
          Matcher cm = CHARSET.matcher(header);
          if (cm.find()) charset = Optional.of(cm.group(1));
        } else if (header.regionMatches(true, 0, "Content-Location:", 0, 17)) {
          URI location = base.resolve(header.substring(17).strip());
          if ("http".equals(location.getScheme()) || "https".equals(location.getScheme())) base = location;
        }
      }
      Optional<ParsedFeed> feed = CorpusFiles.tryParse(CorpusFiles.read(root.resolve(path)), charset, base);
      int maxIndex = -1;
      for (PythonExpectations.Clause c : clauses) {
        for (String ref : c.refs()) {
          String[] parts = ref.split("\\.", 2);
          if (!parts[0].equals("feed")) maxIndex = Math.max(maxIndex, Integer.parseInt(parts[0]));
          check(a, path, feed, parts[0], parts[1], c.literal());
        }
      }
      if (maxIndex >= 0) {
        int n = feed.map(f -> f.items().size()).orElse(-1);
        a.check("count", n > maxIndex, path, "> " + maxIndex, n);
      }
    }
    return a;
  }

  private static void check(Agreement a, String path, Optional<ParsedFeed> feed, String who, String field,
      Object literal) {
    String kind = field.endsWith("_parsed") ? "date" : field;
    if (feed.isEmpty()) {
      a.check(kind, false, path + " " + who + "." + field, literal, "(not parsed)");
      return;
    }
    ParsedFeed f = feed.get();
    RawItem item = null;
    if (!who.equals("feed")) {
      int i = Integer.parseInt(who);
      if (i >= f.items().size()) {
        a.check(kind, false, path + " " + who + "." + field, literal, "(no entry " + i + ")");
        return;
      }
      item = f.items().get(i);
    }
    String where = path + " " + who + "." + field;
    if (kind.equals("title")) {
      FeedText ours = item == null ? f.title() : item.title();
      a.check(kind, literal instanceof String s && CorpusFiles.sameText(s, ours), where, literal, ours.value());
    } else if (kind.equals("link")) {
      String ours = item == null ? f.link() : item.link();
      a.check(kind, ours.equals(literal), where, literal, ours);
    } else if (item != null && literal instanceof int[] t) {
      Instant expected = LocalDateTime.of(t[0], t[1], t[2], t[3], t[4], t[5]).toInstant(ZoneOffset.UTC);
      Optional<Instant> ours = field.startsWith("updated") ? item.updated() : item.published();
      a.check(kind, CorpusFiles.sameInstant(expected, ours), where, expected, ours.orElse(null));
    }
  }
}
