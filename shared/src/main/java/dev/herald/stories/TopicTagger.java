package dev.herald.stories;

import dev.herald.model.Article;
import dev.herald.model.Topic;
import dev.herald.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Tags articles with topics. An article carries a topic when a keyword or phrase of the topic occurs in its headline,
 * or at least twice in its text (one passing mention in a long text is not what the article is about); when it comes
 * from one of the topic's {@link Topic#feeds()}; or when its feed lists the topic itself. Matching is on folded,
 * lightly stemmed whole words, so "rate cut" matches "Rate cuts". Immutable and thread-safe.
 */
public final class TopicTagger {
  private record Phrase(String topic, List<String> words) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Map<String, List<String>> topicsOfFeed = new HashMap<>();
  private final Function<String, List<String>> feedTopics;
  private final List<String> names = new ArrayList<>();

  /**
   * @param topics the configured topics ({@code config/topics.yaml})
   * @param feedTopics a feed id's own topics ({@code FeedSource.topics()}), empty for unknown feeds
   */
  public TopicTagger(List<Topic> topics, Function<String, List<String>> feedTopics) {
    this.feedTopics = Objects.requireNonNull(feedTopics, "feedTopics == null");
    for (Topic t : topics) {
      names.add(t.name());
      for (String k : t.keywords()) {
        List<String> words = stems(k);
        if (!words.isEmpty()) {
          byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Phrase(t.name(), words));
        }
      }
      for (String f : t.feeds()) topicsOfFeed.computeIfAbsent(f, x -> new ArrayList<>()).add(t.name());
    }
  }

  /** The configured topic names, in file order. */
  public List<String> topicNames() {
    return List.copyOf(names);
  }

  /** The article's topics, sorted. */
  public Set<String> tag(Article a) {
    Set<String> out = new TreeSet<>();
    out.addAll(feedTopics.apply(a.feedId()));
    out.addAll(topicsOfFeed.getOrDefault(a.feedId(), List.of()));
    Map<String, Integer> inTitle = count(stems(a.title()));
    out.addAll(inTitle.keySet());
    String text = a.text().isBlank() ? a.description() : a.text();
    count(stems(text)).forEach((topic, n) -> {
      if (n >= 2) out.add(topic);
    });
    return out;
  }

  private Map<String, Integer> count(List<String> words) {
    Map<String, Integer> hits = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      List<Phrase> phrases = byFirstWord.get(words.get(i));
      if (phrases == null) continue;
      for (Phrase p : phrases) {
        if (matchesAt(words, i, p.words())) hits.merge(p.topic(), 1, Integer::sum);
      }
    }
    return hits;
  }

  private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
    if (at + phrase.size() > words.size()) return false;
    for (int j = 0; j < phrase.size(); j++) {
      if (!words.get(at + j).equals(phrase.get(j))) return false;
    }
    return true;
  }

  private static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Tokens.words(text)) out.add(Tokens.stem(w));
    return out;
  }
}
