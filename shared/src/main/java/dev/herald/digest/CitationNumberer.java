package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place citation numbers come from. Numbers are story-global, in order of first appearance across the
 * sections, so an article keeps its number in every section, in {@code /sources} and in every expansion. Articles
 * of the story that no sentence cites follow the cited ones (oldest first), so the source list covers the whole story.
 *
 * <p>A living story keeps its numbers: given the numbers of the version readers saw, every article keeps its number
 * for the life of the story and new articles take the next numbers (cited ones first, in citation order). Only when
 * an article has left the story do the numbers after it close up, in their old order, so the list stays 1..N.
 */
public final class CitationNumberer {
  private CitationNumberer() {}

  /**
   * Numbers {@code draft} against the story's {@code articles}.
   *
   * @param descriptions one-line description per article id (a missing id falls back to the article's description)
   * @throws IllegalArgumentException if a sentence cites an article that is not in the story
   */
  public static StorySummary number(
      Story story, DraftSummary draft, List<Article> articles, Map<String, String> descriptions, Instant now) {
    return number(story, draft, articles, descriptions, now, Map.of());
  }

  /**
   * As {@link #number(Story, DraftSummary, List, Map, Instant)}, keeping the {@code previous} numbers (article id to
   * number, from the story's last summary).
   */
  public static StorySummary number(Story story, DraftSummary draft, List<Article> articles,
      Map<String, String> descriptions, Instant now, Map<String, Integer> previous) {
    Map<String, Article> byId =
        articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, Integer> numbers = new LinkedHashMap<>();
    previous.entrySet().stream()
        .filter(e -> byId.containsKey(e.getKey()))
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> numbers.put(e.getKey(), numbers.size() + 1));
    List<Section> sections = new ArrayList<>();
    for (DraftSection ds : draft.sections()) {
      List<Sentence> sentences = new ArrayList<>();
      for (DraftSentence d : ds.sentences()) {
        List<Integer> cited = new ArrayList<>();
        for (String id : d.articleIds()) {
          if (!byId.containsKey(id)) {
            throw new IllegalArgumentException("sentence cites an article outside the story: " + id);
          }
          cited.add(numbers.computeIfAbsent(id, k -> numbers.size() + 1));
        }
        sentences.add(new Sentence(d.text(), cited));
      }
      if (!sentences.isEmpty()) sections.add(new Section(ds.heading(), sentences));
    }
    articles.stream()
        .filter(a -> !numbers.containsKey(a.id()))
        .sorted(Comparator.comparing(Article::published).thenComparing(Article::id))
        .forEach(a -> numbers.put(a.id(), numbers.size() + 1));
    List<Source> sources = new ArrayList<>();
    numbers.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
      String id = e.getKey();
      int n = e.getValue();
      Article a = byId.get(id);
      String description = descriptions.getOrDefault(id, a.description());
      sources.add(new Source(n, id, a.outlet(), a.title(), description, a.url()));
    });
    return new StorySummary(story.id(), story.version(), draft.title(), sections, sources, draft.method(), now);
  }
}
