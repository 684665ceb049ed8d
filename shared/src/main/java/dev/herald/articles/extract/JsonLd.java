package dev.herald.articles.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The page's JSON-LD objects ({@code <script type="application/ld+json">}), flattened out of arrays and
 * {@code @graph}s, with {@code @id} references resolvable. Scripts that are not valid JSON (even allowing the
 * unescaped newlines and trailing commas publishers write) are skipped. Not thread-safe; one per page.
 */
final class JsonLd {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
      "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report", "posting");
  private static final int MAX_SCRIPT_CHARS = 2_000_000;

  private final List<JsonNode> objects = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();

  private JsonLd() {}

  static JsonLd read(List<String> scripts) {
    JsonLd ld = new JsonLd();
    for (String script : scripts) {
      String data = script.strip();
      if (data.isEmpty() || data.length() > MAX_SCRIPT_CHARS) continue;
      try {
        ld.add(JSON.readTree(data), 0);
      } catch (Exception e) {
        // a publisher's broken JSON-LD is ignored; the meta tags still count
      }
    }
    return ld;
  }

  private void add(JsonNode node, int depth) {
    if (node == null || depth > 4) return;
    if (node.isArray()) {
      for (JsonNode n : node) add(n, depth + 1);
    } else if (node.isObject()) {
      objects.add(node);
      String id = node.path("@id").asText("");
      if (!id.isEmpty()) byId.putIfAbsent(id, node);
      if (node.has("@graph")) add(node.get("@graph"), depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject() && main.has("@type")) add(main, depth + 1);
    }
  }

  /** The first object typed as an article (NewsArticle, BlogPosting, ...). */
  Optional<JsonNode> article() {
    return firstOfType(ARTICLE_TYPES);
  }

  /** The first object with one of these types (lower case). */
  Optional<JsonNode> firstOfType(Set<String> types) {
    for (JsonNode o : objects) if (hasType(o, types)) return Optional.of(o);
    return Optional.empty();
  }

  /** Whether any object has one of these types (lower case). */
  boolean anyOfType(Set<String> types) {
    return firstOfType(types).isPresent();
  }

  /** {@code node} itself, or the object its {@code @id} names when it is only a reference. */
  JsonNode resolve(JsonNode node) {
    if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
      JsonNode target = byId.get(node.get("@id").asText(""));
      if (target != null) return target;
    }
    return node;
  }

  static boolean hasType(JsonNode o, Set<String> types) {
    JsonNode t = o.get("@type");
    if (t == null) return false;
    if (t.isArray()) {
      for (JsonNode x : t) if (types.contains(x.asText("").toLowerCase(Locale.ROOT))) return true;
      return false;
    }
    return types.contains(t.asText("").toLowerCase(Locale.ROOT));
  }

  /** A text value: a string, the first string of an array, or an object's {@code name}. */
  String text(JsonNode node) {
    JsonNode n = resolve(node);
    if (n == null || n.isNull()) return "";
    if (n.isTextual()) return decode(n.asText());
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = text(x);
        if (!s.isEmpty()) return s;
      }
      return "";
    }
    if (n.isObject()) return decode(n.path("name").asText(""));
    return "";
  }

  /** JSON-LD text is plain text, but publishers often leave HTML entities in it ("&amp;", "&#163;"). */
  private static String decode(String s) {
    String t = s.strip();
    return t.indexOf('&') < 0 ? t : Parser.unescapeEntities(t, false);
  }

  /** Every name in a value that may be one or many people or organisations. */
  List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    JsonNode n = resolve(node);
    if (n == null) return out;
    if (n.isArray()) {
      for (JsonNode x : n) out.addAll(names(x));
    } else {
      String s = text(n);
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }

  /** An image value: a URL string, an ImageObject's {@code url} / {@code contentUrl}, or the first of an array. */
  String imageUrl(JsonNode node) {
    JsonNode n = resolve(node);
    if (n == null) return "";
    if (n.isTextual()) return n.asText().strip();
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = imageUrl(x);
        if (!s.isEmpty()) return s;
      }
      return "";
    }
    if (n.isObject()) {
      String u = n.path("url").asText("");
      return (u.isEmpty() ? n.path("contentUrl").asText("") : u).strip();
    }
    return "";
  }
}
