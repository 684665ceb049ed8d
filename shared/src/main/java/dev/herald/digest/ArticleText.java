package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.text.Boilerplate;
import dev.herald.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * One article prepared for summarising and checking: its body without boilerplate, split into sentences with their
 * features, and a normalised form of the whole body for verbatim look-ups.
 */
final class ArticleText {
  private final Article article;
  private final int index;
  private final String matchable;
  private final String headline;
  private final List<SentenceFeatures> sentences;

  ArticleText(Article article, int index) {
    this.article = article;
    this.index = index;
    this.matchable = Matching.normalize(closed(article.body(), article) + "\n" + closed(article.description(), article));
    this.headline = Headlines.clean(article.title(), article.outlet());
    List<SentenceFeatures> out = new ArrayList<>();
    for (String s : SentenceSplitter.split(closed(Boilerplate.strip(article.body()), article))) {
      if (!Boilerplate.isBoilerplate(s)) out.add(SentenceFeatures.of(s));
    }
    this.sentences = List.copyOf(out);
  }

  /** A whole last sentence: this many words at least, ending on a word that can end one. */
  static final int UNCLOSED_MIN_WORDS = 10;
  private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile(
      "(?:^|[.!?][\"'”’)]*\\s+)(\\p{Lu}[^.!?…]*[\\p{Ll}\\d])\\s*$");
  private static final java.util.Set<String> OPEN_END = java.util.Set.of("the", "a", "an", "of", "to", "in", "on",
      "at", "for", "with", "and", "or", "but", "by", "from", "as", "is", "are", "was", "were", "that", "which", "who",
      "its", "his", "her", "their", "this", "than", "into", "over", "about", "after", "before", "amid", "while", "if");

  /**
   * The text with a full stop after a last sentence some feeds (AP style) write without one ("... as he faces corruption
   * allegations"): it has {@value #UNCLOSED_MIN_WORDS} words or more, opens on a capital and ends on a lower-case word or
   * a figure that can end a sentence, so it is whole, not cut (a cut teaser ends on "the", "U.S" or an ellipsis and
   * stays as it is).
   */
  static String closed(String text) {
    String t = text.strip();
    java.util.regex.Matcher m = UNCLOSED.matcher(t);
    if (!m.find()) return text;
    String[] words = m.group(1).split("\\s+");
    String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    if (words.length < UNCLOSED_MIN_WORDS || OPEN_END.contains(last)) return text;
    return t + ".";
  }

  /** {@link #closed(String)}, but a text that only repeats the headline (a headline-only item) stays a headline. */
  private static String closed(String text, Article article) {
    String t = Matching.normalize(text).strip().toLowerCase(java.util.Locale.ROOT);
    return t.equals(Matching.normalize(article.title()).strip().toLowerCase(java.util.Locale.ROOT)) ? text : closed(text);
  }

  static List<ArticleText> of(List<Article> articles) {
    List<ArticleText> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) out.add(new ArticleText(articles.get(i), i));
    return out;
  }

  Article article() {
    return article;
  }

  String id() {
    return article.id();
  }

  /** The headline without outlet suffix or label; empty when the article has none. */
  String headline() {
    return headline;
  }

  /** The article's position in the story, 0 for the first to join. */
  int index() {
    return index;
  }

  /** The body's sentences without boilerplate, in order. */
  List<SentenceFeatures> sentences() {
    return sentences;
  }

  /** Whether {@code text} occurs in the article's body or description, ignoring whitespace and quote styles. */
  boolean contains(String text) {
    String t = Matching.normalize(text);
    return !t.isEmpty() && matchable.contains(t);
  }
}
