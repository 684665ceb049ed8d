package dev.herald.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.model.Citations;
import dev.herald.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and verifies the model's reply. Nothing unverified survives: a sentence is dropped when it has no citation,
 * cites a number outside 1..n, or is not grounded in its cited articles ({@link IntegrityCheck}'s rule for language-
 * model sentences: quotes verbatim, numbers present, words found, negation backed). Sentences past the word budget are
 * dropped too. A reply that is not the expected JSON, or keeps no sentence, is {@link Invalid}.
 */
final class LlmReply {
  private static final Logger LOG = LoggerFactory.getLogger(LlmReply.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_TITLE_WORDS = 20;
  static final int MAX_HEADING_WORDS = 12;

  /** An unusable reply; the message is one line for logs and status. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  private LlmReply() {}

  /** The verified draft; {@code fallbackTitle} is used when the reply's title is missing or too long. */
  static DraftSummary verify(String content, List<ArticleText> texts, int maxWords, String fallbackTitle)
      throws Invalid {
    JsonNode root = parse(content);
    JsonNode sections = root.get("sections");
    if (sections == null || !sections.isArray()) throw new Invalid("reply has no \"sections\" list");
    List<DraftSection> out = new ArrayList<>();
    int words = 0;
    int given = 0;
    int dropped = 0;
    for (JsonNode section : sections) {
      String heading = SentenceSplitter.normalize(section.path("heading").asText(""));
      List<DraftSentence> kept = new ArrayList<>();
      for (JsonNode s : section.path("sentences")) {
        given++;
        String text = SentenceSplitter.normalize(Citations.MARKER.matcher(s.path("text").asText("")).replaceAll(""))
            .replaceAll(" ([.,;:!?])", "$1");
        List<ArticleText> cited = cited(s.path("citations"), texts);
        String why = problem(text, cited, heading);
        int w = text.isEmpty() ? 0 : text.split(" ").length;
        if (why == null && words + w > maxWords) why = "over the word budget";
        if (why != null) {
          dropped++;
          LOG.info("language-model sentence dropped ({}): {}", why, text);
          continue;
        }
        words += w;
        kept.add(new DraftSentence(text, cited.stream().map(ArticleText::id).toList()));
      }
      if (!kept.isEmpty()) out.add(new DraftSection(heading, kept));
    }
    if (out.isEmpty()) throw new Invalid("no sentence passed verification (" + given + " given)");
    if (dropped > 0) LOG.info("language-model summary kept {} of {} sentences", given - dropped, given);
    String title = SentenceSplitter.normalize(root.path("title").asText(""));
    if (title.isEmpty() || title.split(" ").length > MAX_TITLE_WORDS) title = fallbackTitle;
    return new DraftSummary(title, out, LlmSummarizer.METHOD);
  }

  private static String problem(String text, List<ArticleText> cited, String heading) {
    if (heading.isEmpty() || heading.split(" ").length > MAX_HEADING_WORDS) return "section heading missing or long";
    if (text.isEmpty()) return "empty sentence";
    if (cited == null) return "citation out of range";
    if (cited.isEmpty()) return "uncited";
    List<String> problems = IntegrityCheck.supportProblems(text, cited, LlmSummarizer.METHOD);
    return problems.isEmpty() ? null : problems.get(0);
  }

  /** The cited articles, or null when a citation is not a number from 1 to n. */
  private static List<ArticleText> cited(JsonNode citations, List<ArticleText> texts) {
    if (!citations.isArray()) return List.of();
    Set<Integer> numbers = new LinkedHashSet<>();
    for (JsonNode c : citations) {
      if (!c.canConvertToInt() || (!c.isIntegralNumber() && !c.asText().matches("\\d{1,4}"))) return null;
      int n = c.asInt();
      if (n < 1 || n > texts.size()) return null;
      numbers.add(n);
    }
    return numbers.stream().map(n -> texts.get(n - 1)).toList();
  }

  private static JsonNode parse(String content) throws Invalid {
    String s = content.strip();
    // some servers wrap JSON in a markdown fence despite the response format
    if (s.startsWith("```")) s = s.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    try {
      JsonNode root = JSON.readTree(s);
      if (root == null || !root.isObject()) throw new Invalid("reply is not a JSON object");
      return root;
    } catch (JsonProcessingException e) {
      throw new Invalid("reply is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
