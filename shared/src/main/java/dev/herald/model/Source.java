package dev.herald.model;

/**
 * One numbered entry of a story's source list: {@code [n] Outlet: headline: description}.
 *
 * @param n the citation number, 1-based, the same in the text, in {@code /sources} and in every expansion
 * @param articleId the cited article
 * @param url the article's link, may be empty
 */
public record Source(int n, String articleId, String outlet, String headline, String description, String url) {
  public Source {
    Checks.atLeast(n, 1, "n");
    Checks.notBlank(articleId, "articleId");
    Checks.notBlank(outlet, "outlet");
    Checks.notNull(headline, "headline");
    Checks.notNull(description, "description");
    Checks.notNull(url, "url");
  }
}
