package dev.herald.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.config.HeraldConfig;
import dev.herald.digest.CheckedSummarizer;
import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.digest.LlmSummarizer;
import dev.herald.digest.Summarizer;
import dev.herald.model.Article;
import dev.herald.model.Section;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * {@code herald summarize --in FILE [--max-words N]}: one cited summary per input line. Reads {@code {id, articles:
 * [{id, title?, text, source?, url?, published?, description?}]}} lines; writes {@code {id, title, sections:[{heading,
 * text}], sources:[{n, id, source, title, description, url}]}} lines. Every input line is checked before anything is
 * written, so bad input (exit 2, one line naming the file and line) produces no partial output.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = "Summarise stories given as JSON lines into titled sections with [n] citations and numbered sources.")
final class SummarizeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input JSON lines ('-' for stdin).")
  String in;

  @Option(names = "--max-words", paramLabel = "N",
      description = "Word budget per summary (default: summary.max_words from config/herald.yaml, else 140).")
  Integer maxWords;

  @Option(names = "--summarizer", paramLabel = "NAME",
      description = "extractive or llm (default: summary.summarizer from config/herald.yaml, else extractive).")
  String summarizerName;

  private record Input(String id, Story story, List<Article> articles) {}

  @Override
  public void run() {
    HeraldConfig config = CliHome.config(CliHome.home());
    int budget = maxWords != null ? maxWords : config.summary().maxWords();
    if (budget < 10 || budget > 2000) throw new CliFailure("--max-words must be between 10 and 2000: " + budget);
    String name = summarizerName != null ? summarizerName : config.summary().summarizer();
    Summarizer summarizer = summarizer(name, config);

    List<Input> inputs = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(in)) inputs.add(parse(line.node(), line.where(), inputs.size() + 1));
    CheckedSummarizer checked = new CheckedSummarizer(summarizer, budget);
    PrintWriter out = spec.commandLine().getOut();
    Instant now = Clock.systemUTC().instant();
    for (Input input : inputs) {
      CheckedSummarizer.Result result = checked.summarize(input.story(), input.articles(), now);
      if (result.summary().isEmpty()) {
        spec.commandLine().getErr().println("herald: " + input.id() + ": no summary passed the integrity check: "
            + result.report().describe());
        Map<String, Object> failed = new LinkedHashMap<>();
        failed.put("id", input.id());
        failed.put("error", "no summary passed the integrity check");
        JsonLines.write(out, failed);
        continue;
      }
      JsonLines.write(out, output(input.id(), result.summary().get()));
    }
  }

  private static Summarizer summarizer(String name, HeraldConfig config) {
    if (name.equals("extractive")) return new ExtractiveSummarizer();
    if (!name.equals("llm")) throw new CliFailure("--summarizer must be extractive or llm, got \"" + name + "\"");
    HeraldConfig.Llm llm = config.summary().llm();
    String key = System.getenv(llm.apiKeyEnv());
    // no database here: the fallback is logged on stderr by the summarizer, and counted nowhere else
    return LlmSummarizer.create(llm, key == null ? "" : key, fallback -> { });
  }

  static Map<String, Object> output(String id, StorySummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("title", s.title());
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Section section : s.sections()) {
      Map<String, Object> sec = new LinkedHashMap<>();
      sec.put("heading", section.heading());
      sec.put("text", section.text());
      sections.add(sec);
    }
    m.put("sections", sections);
    List<Map<String, Object>> sources = new ArrayList<>();
    for (Source src : s.sources()) {
      Map<String, Object> so = new LinkedHashMap<>();
      so.put("n", src.n());
      so.put("id", src.articleId());
      so.put("source", src.outlet());
      so.put("title", src.headline());
      so.put("description", src.description());
      so.put("url", src.url());
      sources.add(so);
    }
    m.put("sources", sources);
    return m;
  }

  /** @param storyId a stand-in story id (the input's position) for the summarizer's records */
  private Input parse(JsonNode node, String where, long storyId) {
    JsonNode idNode = node.get("id");
    if (idNode == null || !idNode.isValueNode() || idNode.asText().isBlank()) throw new CliFailure(where + "id is required");
    String id = idNode.asText();
    JsonNode list = node.get("articles");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new CliFailure(where + "articles must be a non-empty list");
    }
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    Instant newest = Instant.EPOCH;
    int i = 0;
    for (JsonNode a : list) {
      String at = where + "articles[" + i + "]: ";
      if (!a.isObject()) throw new CliFailure(at + "must be an object");
      // a whole number is an id too, as in cluster's input, so the same article lines serve both commands
      String articleId = a.path("id").isIntegralNumber() ? a.get("id").asText() : text(a, "id", at);
      if (articleId.isBlank()) throw new CliFailure(at + "id is required");
      if (!ids.add(articleId)) throw new CliFailure(at + "duplicate article id " + articleId);
      String body = text(a, "text", at);
      if (body.isBlank()) throw new CliFailure(at + "text is required");
      String url = text(a, "url", at);
      String source = text(a, "source", at);
      if (source.isBlank()) source = host(url);
      Instant published = published(text(a, "published", at), at, i);
      newest = published.isAfter(newest) ? published : newest;
      outlets.add(source);
      articles.add(new Article(articleId, "cli", source, text(a, "title", at), url, url, "", published, false,
          published, text(a, "description", at), body, "", ""));
      i++;
    }
    Story story = new Story(storyId, 1, newest, newest, newest, articles.size(), outlets.size(), "");
    return new Input(id, story, articles);
  }

  private static String text(JsonNode a, String field, String at) {
    JsonNode v = a.get(field);
    if (v == null || v.isNull()) return "";
    if (!v.isTextual()) throw new CliFailure(at + field + " must be a string");
    return v.asText();
  }

  private static Instant published(String value, String at, int index) {
    if (value.isBlank()) return Instant.EPOCH.plusSeconds(index);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new CliFailure(at + "published must be an ISO-8601 time such as 2026-11-26T09:05:00Z, got \"" + value + "\"");
    }
  }

  private static String host(String url) {
    try {
      String h = url.isBlank() ? null : URI.create(url).getHost();
      return h == null ? "unknown source" : h.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "unknown source";
    }
  }
}
