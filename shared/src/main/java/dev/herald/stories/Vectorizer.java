package dev.herald.stories;

import dev.herald.model.Article;
import dev.herald.text.Boilerplate;
import dev.herald.text.Tokens;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Turns articles into {@link TermVector}s: title terms (weighted), the lead of the text without its furniture, the
 * name phrases in that lead and the URL slug, with sublinear term frequency and an inverse document frequency learnt
 * from the stream so far. Whenever the document count reaches {@link #FORGET_EVERY}, it and every term's count are
 * halved and terms left at zero dropped, so the vocabulary stays bounded and the weights follow the current news.
 * Not thread-safe.
 */
final class Vectorizer {
  static final int FORGET_EVERY = 50_000;
  /**
   * A leading one- or two-word label and a colon before a headline of its own ("Kenya: ", "South Africa: "), the way
   * wire desks and aggregators file by country or section.
   */
  private static final Pattern SECTION_LABEL =
      Pattern.compile("^(\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*)?):\\s+(?=\\S)");

  /**
   * A lead's attribution and dateline, the way aggregators and wires open a text ("[Capital FM] Nairobi -- ",
   * "NAIROBI, Kenya (AP) — "): the same words on every item from that source or city, so they would link unrelated
   * stories.
   */
  private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(?:\\[[^\\]]{1,60}\\]\\s*)?"
      + "(?:\\p{Lu}[\\p{L}.'-]*(?: [\\p{L}.'-]+){0,3}(?:, \\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)?)?"
      + "(?: \\([\\p{L}. ]{1,20}\\))?\\s+(?:--|\u2014|\u2013)\\s+)?");

  private final ClusterSettings settings;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private long documents;

  Vectorizer(ClusterSettings settings) {
    this.settings = settings;
  }

  /**
   * The article's raw term counts (title terms count {@code titleWeight}, slug terms {@code urlWeight} once, each
   * name phrase of the text ({@link EntityTerms}, a term of its own: it contains a space, which no word does)
   * {@code entityWeight} per occurrence), every word keyed by {@link Spellings} so transliterations of a name meet.
   * The text opens without its attribution and dateline ({@link #ATTRIBUTION}) and
   * is read without its page furniture ({@link Boilerplate}): share prompts, newsletter offers, photo credits,
   * embedded-tweet notices and web-archive crawler notes are the same words across unrelated stories, so they would
   * link them. Only the first {@link #textChars} characters are looked at, so a huge text costs no more than a long
   * one.
   */
  Map<String, Double> counts(Article a) {
    Map<String, Double> tf = new HashMap<>();
    String title = a.title();
    Matcher label = SECTION_LABEL.matcher(title);
    if (label.find()) {
      // "Kenya: Aviation Workers Suspend Strike": the label names the desk, not the event, so it counts as text
      for (String t : Tokens.terms(label.group(1))) tf.merge(Spellings.key(t), 1.0, Double::sum);
      title = title.substring(label.end());
    }
    for (String t : Tokens.terms(title)) tf.merge(Spellings.key(t), settings.titleWeight(), Double::sum);
    String text = a.text().isBlank() ? a.description() : a.text();
    if (text.length() > textChars()) text = text.substring(0, textChars());
    text = ATTRIBUTION.matcher(text).replaceFirst("");
    String lead = Boilerplate.strip(text);
    List<String> words = Tokens.words(lead);
    int n = Math.min(words.size(), settings.maxTextWords());
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      if (w.length() < 2 || Tokens.STOP_WORDS.contains(w)) continue;
      tf.merge(Spellings.key(Tokens.stem(w)), 1.0, Double::sum);
    }
    if (settings.entityWeight() > 0) {
      for (String name : EntityTerms.of(lead)) {
        tf.merge(Spellings.phrase(name), settings.entityWeight(), Double::sum);
      }
    }
    if (settings.urlWeight() > 0) {
      Set<String> slug = new LinkedHashSet<>();
      for (String w : Tokens.slugWords(a.url())) {
        String f = Tokens.fold(w);
        if (f.length() >= 2 && !Tokens.STOP_WORDS.contains(f)) slug.add(Spellings.key(Tokens.stem(f)));
      }
      for (String t : slug) tf.merge(t, settings.urlWeight(), Double::sum);
    }
    return tf;
  }

  /**
   * How much of a text is read: 12 characters per word of {@link ClusterSettings#maxTextWords()}, about twice the
   * length of that many English words, so the furniture stripped from the lead still leaves enough words.
   */
  int textChars() {
    return settings.maxTextWords() * 12;
  }

  /** Counts the article into the document frequencies, then weighs and normalises its terms. */
  TermVector learnAndVectorize(Article a) {
    Map<String, Double> tf = counts(a);
    learn(tf.keySet());
    return weigh(tf);
  }

  /** Counts a document's terms into the frequencies (used when rebuilding from stored articles too). */
  void learn(Iterable<String> terms) {
    if (documents > 0 && documents % FORGET_EVERY == 0) forget();
    documents++;
    for (String t : terms) documentFrequency.merge(t, 1, Integer::sum);
  }

  private void forget() {
    documentFrequency.replaceAll((t, df) -> df / 2);
    documentFrequency.values().removeIf(df -> df == 0);
    documents /= 2;
  }

  TermVector weigh(Map<String, Double> tf) {
    Map<String, Double> v = new HashMap<>();
    double norm2 = 0;
    for (Map.Entry<String, Double> e : tf.entrySet()) {
      double c = e.getValue();
      double w = (c >= 1 ? 1 + Math.log(c) : c) * idf(e.getKey());
      v.put(e.getKey(), w);
      norm2 += w * w;
    }
    double norm = norm2 > 0 ? Math.sqrt(norm2) : 1;
    v.replaceAll((k, w) -> w / norm);
    return new TermVector(v);
  }

  double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log((documents + settings.idfPrior()) / (df + 0.5));
  }

  int vocabularySize() {
    return documentFrequency.size();
  }
}
