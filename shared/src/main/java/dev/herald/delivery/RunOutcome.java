package dev.herald.delivery;

import dev.herald.articles.IngestReport;
import java.util.List;
import java.util.Set;

/**
 * What delivery needs from one pipeline run.
 *
 * @param feeds each feed's ingestion report (for feed health)
 * @param alertable stories changed by an alertable article (never a feed's first fetch, never a too-old item)
 * @param summarised stories whose summary was (re)written in the run: candidates for living-story edits
 */
public record RunOutcome(List<IngestReport> feeds, Set<Long> alertable, Set<Long> summarised) {
  public RunOutcome {
    feeds = List.copyOf(feeds);
    alertable = Set.copyOf(alertable);
    summarised = Set.copyOf(summarised);
  }
}
