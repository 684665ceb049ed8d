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
    this.matchable = Matching.normalize(article.body() + "\n" + article.description());
    this.headline = Headlines.clean(article.title(), article.outlet());
    List<SentenceFeatures> out = new ArrayList<>();
    for (String s : SentenceSplitter.split(Boilerplate.strip(article.body()))) {
      if (!Boilerplate.isBoilerplate(s)) out.add(SentenceFeatures.of(s));
    }
    this.sentences = List.copyOf(out);
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
