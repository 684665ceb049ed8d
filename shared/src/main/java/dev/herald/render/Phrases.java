package dev.herald.render;

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

  /** "and 36 more from 12 outlets": the sources a card leaves to {@code /sources}. */
  public static String more(int articles, int outlets) {
    return "and " + articles + " more from " + count(outlets, "outlet", "outlets");
  }

  public static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
