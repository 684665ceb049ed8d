package dev.herald.digest;

import dev.herald.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Headlines as titles and headings: outlet suffixes removed ("... - Reuters", "... | BBC News"), labels removed
 * ("WATCH:"), and the story's most representative headline found. Pure and thread-safe.
 */
final class Headlines {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-|–—:•·]\\s+");
  private static final Pattern LABEL = Pattern.compile(
      "^(watch|video|breaking|breaking news|live|live updates|update|updated|exclusive|just in|photos|audio)\\s*[:|-]\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SITE_WORDS = Pattern.compile(
      "(?i).*\\b(news|times|post|press|daily|herald|tribune|journal|guardian|telegraph|reuters|ap|afp|bbc|cnn|npr|"
          + "abc|cbs|nbc|fox|dw|wire|online|magazine|gazette|globe|mail|independent|.com|.co.uk|.org)\\b.*");
  private static final Pattern ATTRIBUTION = Pattern.compile(
      ",\\s+(?:[\\p{L}'’-]+\\s+){0,4}(says|say|said|finds|find|warns|warn|reports|report|claims|according to\\b.*)$",
      Pattern.CASE_INSENSITIVE);

  private Headlines() {}

  /** {@code title} without an outlet suffix or prefix and without a leading label such as "WATCH:". */
  static String clean(String title, String outlet) {
    String t = dev.herald.text.SentenceSplitter.normalize(title);
    t = LABEL.matcher(t).replaceFirst("");
    String[] parts = SEPARATOR.split(t);
    if (parts.length >= 2) {
      String last = parts[parts.length - 1];
      if (isOutlet(last, outlet)) {
        t = t.substring(0, t.length() - last.length()).replaceAll("\\s+[-|–—:•·]\\s*$", "").strip();
      } else if (isOutlet(parts[0], outlet) && !parts[0].contains(":")) {
        t = t.substring(parts[0].length()).replaceAll("^\\s*[-|–—:•·]\\s+", "").strip();
      }
    }
    return t.isBlank() ? dev.herald.text.SentenceSplitter.normalize(title) : t;
  }

  private static boolean isOutlet(String part, String outlet) {
    String p = part.strip().toLowerCase(Locale.ROOT);
    String o = outlet.strip().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    if (p.isEmpty() || p.split("\\s+").length > 5) return false;
    if (!o.isEmpty() && (p.replaceFirst("^the ", "").equals(o) || p.contains(o) || o.startsWith(p + " "))) {
      return true;
    }
    return SITE_WORDS.matcher(p).matches() && Character.isUpperCase(part.strip().charAt(0));
  }

  /** A heading from a headline: trailing attributions dropped ("..., regulator says"). */
  static String heading(String headline) {
    String h = ATTRIBUTION.matcher(headline).replaceFirst("").strip();
    h = h.replaceAll("[.;:,]+$", "");
    return h.split("\\s+").length >= 3 ? h : headline;
  }

  /**
   * The index of the headline most representative of the story: the one whose words the articles share most,
   * explainers ("How ...", "Why ...") and questions marked down; ties go to the earlier article. Empty if no
   * article has a headline.
   */
  static Optional<Integer> representative(List<ArticleText> texts) {
    Map<String, Integer> articlesUsing = new HashMap<>();
    for (ArticleText a : texts) {
      Set<String> terms = new HashSet<>(Tokens.terms(a.headline()));
      for (SentenceFeatures s : a.sentences()) terms.addAll(s.termSet());
      for (String t : terms) articlesUsing.merge(t, 1, Integer::sum);
    }
    Optional<Integer> best = Optional.empty();
    double bestScore = -1;
    for (ArticleText a : texts) {
      String title = a.headline();
      Set<String> terms = new HashSet<>(Tokens.terms(title));
      if (terms.isEmpty()) continue;
      double score = 0;
      for (String t : terms) score += articlesUsing.getOrDefault(t, 0);
      score /= Math.sqrt(terms.size());
      String lower = title.strip().toLowerCase(Locale.ROOT);
      if (lower.matches("^(how|why|what|who|when|where|analysis|opinion|explainer)\\b.*") || lower.endsWith("?")) {
        score *= 0.7;
      }
      if (score > bestScore + 1e-9) {
        best = Optional.of(a.index());
        bestScore = score;
      }
    }
    return best;
  }
}
