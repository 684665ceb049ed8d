package dev.herald.bot.ops;

import dev.herald.articles.ArticleStage;
import dev.herald.articles.IngestReport;
import dev.herald.feeds.ParsedFeed;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.FeedSource;
import java.time.Instant;

/** Counts the new articles each read of a feed stored ({@code herald_articles_ingested_total}). Thread-safe. */
public final class MeteredArticleStage implements ArticleStage {
  private final ArticleStage articles;
  private final HeraldMetrics metrics;

  public MeteredArticleStage(ArticleStage articles, HeraldMetrics metrics) {
    this.articles = articles;
    this.metrics = metrics;
  }

  @Override
  public IngestReport store(FeedSource feed, ParsedFeed parsed, boolean firstRead, Instant now) {
    IngestReport report = articles.store(feed, parsed, firstRead, now);
    metrics.articlesIngested(report.added().size());
    return report;
  }
}
