package dev.herald.testing;

import static dev.herald.testing.Fixtures.article;

import dev.herald.digest.CitationNumberer;
import dev.herald.digest.DraftSection;
import dev.herald.digest.DraftSentence;
import dev.herald.digest.DraftSummary;
import dev.herald.model.Article;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts a summarised story into the stores: one article per outlet, one sentence per section, each citing all. */
public final class StoryFixture {
  private StoryFixture() {}

  public static StorySummary add(Stores stores, String title, List<String> outlets, List<String> headings,
      Instant published) {
    List<Article> articles = new ArrayList<>();
    for (String outlet : outlets) {
      String id = (title + "-" + outlet).toLowerCase().replaceAll("[^a-z0-9]+", "-");
      Article a = article(id, outlet, title + " (" + outlet + ")", title + " happened, " + outlet + " reports.",
          published);
      stores.articles().save(a, id);
      articles.add(a);
    }
    Story story = stores.stories().create(articles.get(0), title, published);
    for (Article a : articles.subList(1, articles.size())) story = stores.stories().addArticle(story.id(), a, published);
    List<String> ids = articles.stream().map(Article::id).toList();
    List<DraftSection> sections = new ArrayList<>();
    for (String h : headings) {
      sections.add(new DraftSection(h, List.of(new DraftSentence(h + ": " + title + " happened.", ids))));
    }
    StorySummary summary = CitationNumberer.number(story, new DraftSummary(title, sections, "extractive"),
        articles, Map.of(), published);
    stores.summaries().save(summary);
    return summary;
  }
}
