package dev.herald.testing;

import dev.herald.model.Article;
import java.time.Instant;

/** Small hand-written records for tests. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

  private Fixtures() {}

  /** An article of {@code outlet} with a one-sentence text. */
  public static Article article(String id, String outlet, String title, String text, Instant published) {
    String feed = outlet.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    return new Article(id, feed, outlet, title, "https://" + feed + ".example/" + id, "https://" + feed
        + ".example/" + id, id, published, false, published, text, text, "", "");
  }
}
