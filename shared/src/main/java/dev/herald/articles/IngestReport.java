package dev.herald.articles;

import dev.herald.model.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one ingestion of one feed did.
 *
 * @param added articles stored for the first time
 * @param updated stored articles whose content changed (an edited item)
 * @param alertable ids among {@code added} that may cause topic alerts: never on a feed's first fetch, never for items
 *     older than the configured age
 * @param problem a one-line reason when the feed could not be read (then nothing was added)
 * @param cutShort ids among {@code added} and {@code updated} whose feed text the publisher cut short (teasers)
 */
public record IngestReport(
    String feedId, List<Article> added, List<Article> updated, Set<String> alertable, Optional<String> problem,
    Set<String> cutShort) {
  public IngestReport {
    Objects.requireNonNull(feedId, "feedId == null");
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    alertable = Set.copyOf(alertable);
    Objects.requireNonNull(problem, "problem == null");
    cutShort = Set.copyOf(cutShort);
  }

  /** A report that names no teaser. */
  public IngestReport(
      String feedId, List<Article> added, List<Article> updated, Set<String> alertable, Optional<String> problem) {
    this(feedId, added, updated, alertable, problem, Set.of());
  }

  public static IngestReport failed(String feedId, String reason) {
    return new IngestReport(feedId, List.of(), List.of(), Set.of(), Optional.of(reason));
  }
}
