package dev.herald.bot.ops;

import dev.herald.articles.FeedIngestor;
import dev.herald.articles.IngestReport;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.FeedSource;
import org.slf4j.MDC;

/**
 * Counts the new articles each ingestion stored ({@code herald_articles_ingested_total}), with the feed's id in the
 * logging context meanwhile. Thread-safe.
 */
public final class MeteredIngestor implements FeedIngestor {
  private final FeedIngestor ingestor;
  private final HeraldMetrics metrics;

  public MeteredIngestor(FeedIngestor ingestor, HeraldMetrics metrics) {
    this.ingestor = ingestor;
    this.metrics = metrics;
  }

  @Override
  public IngestReport ingest(FeedSource feed) {
    // the feed's id on every log line of its ingestion (logging.format: json shows it as a field)
    try (MDC.MDCCloseable f = MDC.putCloseable("feed", feed.id())) {
      IngestReport report = ingestor.ingest(feed);
      metrics.articlesIngested(report.added().size());
      return report;
    }
  }
}
