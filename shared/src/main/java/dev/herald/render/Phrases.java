package dev.herald.render;

import dev.herald.model.RelatedStory;
import java.util.List;
import java.util.function.UnaryOperator;

/** Herald's fixed wording, so that every platform says the same thing. */
public final class Phrases {
  private Phrases() {}

  /** "Updated (1 article)", "Updated (3 articles)". */
  public static String updated(int articles) {
    return "Updated (" + count(articles, "article", "articles") + ")";
  }

  /** "Sources (3 articles)". */
  public static String sources(int articles) {
    return "Sources (" + count(articles, "article", "articles") + ")";
  }

  /** "Only Yonhap reports this story so far." */
  public static String singleOutlet(String outlet) {
    return "Only " + outlet + " reports this story so far.";
  }

  /**
   * "Related: #645 Iran’s top diplomat to attend talks in Geneva · #698 Iran holds drills in the Strait of Hormuz
   * (below)", each title passed through {@code clean} (the platform's escaping) and followed by where the story's card
   * is when it is shown with this one; empty when there are none.
   */
  public static String related(List<RelatedStory> stories, UnaryOperator<String> clean) {
    if (stories.isEmpty()) return "";
    StringBuilder out = new StringBuilder("Related: ");
    for (int i = 0; i < stories.size(); i++) {
      if (i > 0) out.append(" \u00b7 ");
      out.append('#').append(stories.get(i).storyId()).append(' ').append(clean.apply(stories.get(i).title()));
      switch (stories.get(i).place()) {
        case ABOVE -> out.append(" (above)");
        case BELOW -> out.append(" (below)");
        case ELSEWHERE -> { }
      }
    }
    return out.toString();
  }

  /** "and 36 more from 12 outlets": the sources a card leaves to {@code /sources}. */
  public static String more(int articles, int outlets) {
    return "and " + articles + " more from " + count(outlets, "outlet", "outlets");
  }

  public static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
