package dev.herald.pipeline;

import dev.herald.articles.ArticleIntake;
import dev.herald.articles.ArticleStage;
import dev.herald.config.HeraldConfig;
import dev.herald.feeds.FeedFetcher;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.FeedReader;
import dev.herald.feeds.FeedStage;
import dev.herald.store.ArticleFingerprintStore;
import dev.herald.store.ArticleStore;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.FeedHealthStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The production stages 1 and 2, built from their parts and settings: {@link #feeds()} reads a feed ({@link
 * FeedReader}: conditional fetch, parse, backoff and disabling), {@link #articles()} takes in its items ({@link
 * ArticleIntake}: clean, deduplicate, link syndicated copies, store). The {@link Pipeline} calls them in order.
 */
public final class FeedIngestion {
  private final FeedReader reader;
  private final ArticleIntake intake;

  private FeedIngestion(Builder b) {
    this.reader = new FeedReader(b.fetcher, b.parser, b.health, b.clock, b.maxConsecutiveFailures);
    this.intake = new ArticleIntake(b.articles, b.fingerprints, Optional.ofNullable(b.texts), b.alertMaxAge,
        b.maxItems);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Stage 1: reads feeds. */
  public FeedStage feeds() {
    return reader;
  }

  /** Stage 2: stores a read feed's items. */
  public ArticleStage articles() {
    return intake;
  }

  /** Parts and settings of a {@link FeedIngestion}; {@link #build()} checks that every part was given. */
  public static final class Builder {
    private FeedFetcher fetcher;
    private FeedParser parser = new FeedParser();
    private ArticleStore articles;
    private ArticleFingerprintStore fingerprints;
    private FeedHealthStore health;
    private Clock clock = Clock.systemUTC();
    private int maxConsecutiveFailures = HeraldConfig.Fetch.DEFAULT_MAX_CONSECUTIVE_FAILURES;
    private Duration alertMaxAge = Duration.ofHours(24);
    private int maxItems = 1_000;
    private ArticleTextStore texts;

    private Builder() {}

    /**
     * Where full article text keeps the feed's own text of articles whose page text replaced it, so that an item
     * counts as edited only when the feed's text changed (optional: without it, articles only ever hold feed text).
     */
    public Builder texts(ArticleTextStore s) {
      this.texts = s;
      return this;
    }

    public Builder fetcher(FeedFetcher f) {
      this.fetcher = f;
      return this;
    }

    /** Defaults to a parser with the default size cap. */
    public Builder parser(FeedParser p) {
      this.parser = p;
      return this;
    }

    public Builder articles(ArticleStore s) {
      this.articles = s;
      return this;
    }

    public Builder fingerprints(ArticleFingerprintStore s) {
      this.fingerprints = s;
      return this;
    }

    public Builder health(FeedHealthStore s) {
      this.health = s;
      return this;
    }

    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    /** Failures in a row before a feed is disabled (config {@code fetch.max_consecutive_failures}). */
    public Builder maxConsecutiveFailures(int n) {
      this.maxConsecutiveFailures = n;
      return this;
    }

    /** Items older than this are stored but never alertable (config {@code fetch.alert_max_age_hours}). */
    public Builder alertMaxAge(Duration d) {
      this.alertMaxAge = d;
      return this;
    }

    /** The first this-many items of a feed are read per fetch (feeds list newest first). */
    public Builder maxItems(int n) {
      this.maxItems = n;
      return this;
    }

    public FeedIngestion build() {
      Objects.requireNonNull(fetcher, "fetcher == null");
      Objects.requireNonNull(parser, "parser == null");
      Objects.requireNonNull(articles, "articles == null");
      Objects.requireNonNull(fingerprints, "fingerprints == null");
      Objects.requireNonNull(health, "health == null");
      Objects.requireNonNull(clock, "clock == null");
      Objects.requireNonNull(alertMaxAge, "alertMaxAge == null");
      if (maxConsecutiveFailures < 1) throw new IllegalStateException("maxConsecutiveFailures must be at least 1.");
      if (maxItems < 1) throw new IllegalStateException("maxItems must be at least 1.");
      return new FeedIngestion(this);
    }
  }
}
