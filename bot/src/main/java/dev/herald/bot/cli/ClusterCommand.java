package dev.herald.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.model.Article;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.StreamClusterer;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code herald cluster --in FILE}: clusters JSON-lines articles in the order given, in memory, with the same clusterer
 * the bot runs. Every line is checked before any output, so a bad line loses nothing and prints nothing on stdout.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
        "Cluster articles into stories. Input: JSON lines {id, title?, text?, url?, source?, published?} with a title "
            + "or a text; published is ISO-8601 (2026-11-26T09:05:00Z; without an offset it is UTC; when missing, "
            + "the time of the line before). Output: one {id, story} line per input line, in input order; story "
            + "numbers start at 1 in order of appearance, and a merge keeps the older number."})
final class ClusterCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "JSON lines to read; - for stdin")
  String in;

  @Option(names = "--window-hours", paramLabel = "N", defaultValue = "48",
      description = "how long a story stays open after its newest article (default: ${DEFAULT-VALUE})")
  int windowHours;

  @Override
  public void run() {
    if (windowHours < 1 || windowHours > 24 * 30) throw new CliFailure("--window-hours must be 1 to 720");
    List<Article> articles = read(in);
    StreamClusterer clusterer =
        new StreamClusterer(ClusterSettings.defaults().withWindow(Duration.ofHours(windowHours)));
    for (Article a : articles) clusterer.add(a);
    PrintWriter out = spec.commandLine().getOut();
    for (Article a : articles) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", a.id());
      line.put("story", clusterer.storyOf(a.id()));
      JsonLines.write(out, line);
    }
    out.flush();
  }

  static List<Article> read(String file) {
    List<Article> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Instant previous = Instant.EPOCH;
    for (JsonLines.Line line : JsonLines.read(file)) {
      Article a = article(line.where(), line.node(), previous);
      if (!ids.add(a.id())) throw new CliFailure(line.where() + "repeats the id \"" + a.id() + "\"");
      previous = a.published();
      out.add(a);
    }
    return out;
  }

  private static Article article(String where, JsonNode n, Instant previous) {
    JsonNode idNode = n.get("id");
    if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber()) || idNode.asText().isBlank()) {
      throw new CliFailure(where + "needs an \"id\" (text or whole number)");
    }
    String title = text(n, "title", where);
    String body = text(n, "text", where);
    if (title.isBlank() && body.isBlank()) throw new CliFailure(where + "needs a \"title\" or a \"text\"");
    String url = text(n, "url", where);
    String source = text(n, "source", where);
    String published = text(n, "published", where);
    Instant at = published.isBlank() ? previous : instant(published, where);
    return new Article(idNode.asText(), "cli", source.isBlank() ? "unknown" : source, title, url, url, "", at,
        published.isBlank(), at, "", body, "", "");
  }

  private static String text(JsonNode n, String key, String where) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) return "";
    if (!v.isTextual()) throw new CliFailure(where + "\"" + key + "\" must be text");
    return v.asText();
  }

  private static Instant instant(String s, String where) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new CliFailure(where + "\"published\" is not an ISO-8601 time: \"" + s + "\"");
      }
    }
  }
}
