package dev.herald.articles.fulltext;

import dev.herald.feeds.FetchedPage;
import dev.herald.feeds.HttpStatusException;
import dev.herald.feeds.NotHtmlException;
import dev.herald.feeds.PageFetcher;
import dev.herald.feeds.Reasons;
import dev.herald.feeds.TooLargeException;
import dev.herald.model.Article;
import dev.herald.model.FeedSource;
import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import dev.herald.store.ArticleStore;
import dev.herald.store.ArticleTextStore;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one site's waiting pages, one request at a time: robots.txt first (once a day), each request spaced by the
 * delay (or the site's longer Crawl-delay), then the page read and the article's text choice stored. Never throws for
 * a page problem. Thread-safe across sites: {@link FullTextFetcher} gives each site to one worker. Stopping (the
 * fetcher closing, its requests cancelled, its workers interrupted) ends a site's turn without recording anything for
 * the page in hand, so that shutting down never counts as a failed attempt.
 */
final class SiteFetcher {
  private static final Logger log = LoggerFactory.getLogger(SiteFetcher.class);

  private final ArticleStore articles;
  private final ArticleTextStore texts;
  private final PageReader reader;
  private final Function<FeedSource, PageFetcher> fetchers;
  private final Clock clock;
  private final HostPacer pacer;
  private final RobotsRules robots;
  private final Duration perHostDelay;
  private final BooleanSupplier stopping;

  SiteFetcher(ArticleStore articles, ArticleTextStore texts, PageReader reader,
      Function<FeedSource, PageFetcher> fetchers, Clock clock, HostPacer pacer, RobotsRules robots,
      Duration perHostDelay, BooleanSupplier stopping) {
    this.stopping = stopping;
    this.articles = articles;
    this.texts = texts;
    this.reader = reader;
    this.fetchers = fetchers;
    this.clock = clock;
    this.pacer = pacer;
    this.robots = robots;
    this.perHostDelay = perHostDelay;
  }

  record Job(Article article, TextChoice choice, FeedSource feed, URI url) {}

  record Outcome(String articleId, TextReason reason, boolean requested) {}

  /**
   * One site's jobs, oldest first, one request at a time, until {@code deadline} or until stopped; the rest stay
   * waiting. Returns what was done, also when interrupted.
   */
  List<Outcome> fetch(List<Job> jobs, Instant deadline) {
    List<Outcome> out = new ArrayList<>();
    for (Job job : jobs) {
      if (stopping.getAsBoolean() || !clock.instant().isBefore(deadline)) break;
      try {
        out.add(fetchOne(job));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return out;
  }

  private Outcome fetchOne(Job job) throws InterruptedException {
    Article a = job.article();
    PageFetcher fetcher = fetchers.apply(job.feed());
    String host = String.valueOf(job.url().getHost());
    if (!robots.known(job.url())) pace(fetcher, host, job.url());
    RobotsRules.Answer answer = robots.check(fetcher, job.url());
    if (answer == RobotsRules.Answer.UNAVAILABLE) {
      stopIfStopping();
      return retry(job, "robots.txt could not be read", false);
    }
    if (answer == RobotsRules.Answer.DISALLOWED) return keep(job, TextReason.ROBOTS, "", Optional.empty(), false);
    pace(fetcher, host, job.url());
    FetchedPage page;
    try {
      page = fetcher.page(job.url());
    } catch (IOException e) {
      stopIfStopping(); // the request was cancelled: the page still waits, no attempt counted
      return failed(job, e);
    }
    PageReading r;
    try {
      r = reader.read(page);
    } catch (RuntimeException e) {
      log.warn("article {}: reading its page failed", a.id(), e);
      return keep(job, TextReason.FAILED, "could not read the page (" + e.getClass().getSimpleName() + ")",
          Optional.empty(), true);
    }
    if (r.verdict() != TextReason.PAGE) return keep(job, r.verdict(), r.detail(), Optional.of(r), true);
    if (TeaserRule.words(r.text()) <= TeaserRule.words(a.text())) {
      return keep(job, TextReason.NOT_LONGER, TeaserRule.words(r.text()) + " words on the page, "
          + TeaserRule.words(a.text()) + " in the feed", Optional.of(r), true);
    }
    articles.updateText(a.id(), r.text());
    texts.save(new TextChoice(a.id(), a.feedId(), TextReason.PAGE, a.text(), page.finalUrl().toString(),
        r.siteName(), r.imageUrl(), r.author(), r.detail(), job.choice().attempts() + 1, clock.instant()));
    return new Outcome(a.id(), TextReason.PAGE, true);
  }

  private void stopIfStopping() throws InterruptedException {
    if (stopping.getAsBoolean()) throw new InterruptedException("page fetching is stopping");
  }

  private void pace(PageFetcher fetcher, String host, URI url) throws InterruptedException {
    if (!fetcher.paced()) return;
    Duration gap = robots.crawlDelay(url).filter(d -> d.compareTo(perHostDelay) > 0).orElse(perHostDelay);
    pacer.await(host, gap);
  }

  private Outcome failed(Job job, IOException e) {
    String reason = Reasons.describe(e);
    if (Reasons.refused(e)) return keep(job, TextReason.REFUSED, reason, Optional.empty(), true);
    if (e instanceof NotHtmlException) return keep(job, TextReason.NOT_HTML, reason, Optional.empty(), true);
    if (e instanceof TooLargeException) return keep(job, TextReason.TOO_LARGE, reason, Optional.empty(), true);
    if (e instanceof HttpStatusException h && (h.code() == 404 || h.code() == 410)) {
      return keep(job, TextReason.NOT_FOUND, reason, Optional.empty(), true);
    }
    if (e instanceof HttpStatusException h && h.code() < 500) {
      return keep(job, TextReason.FAILED, reason, Optional.empty(), true);
    }
    return retry(job, reason, true);
  }

  /** A transient failure: wait for a later poll, or give up after {@link FullTextFetcher#MAX_ATTEMPTS}. */
  private Outcome retry(Job job, String detail, boolean requested) {
    int attempts = job.choice().attempts() + 1;
    if (attempts >= FullTextFetcher.MAX_ATTEMPTS) {
      return keep(job, TextReason.FAILED, detail + " (" + attempts + " attempts)", Optional.empty(), requested);
    }
    Article a = job.article();
    texts.save(new TextChoice(a.id(), a.feedId(), TextReason.WAITING, "", "", "", "", "", detail, attempts,
        clock.instant()));
    return new Outcome(a.id(), TextReason.WAITING, requested);
  }

  private Outcome keep(Job job, TextReason reason, String detail, Optional<PageReading> page, boolean requested) {
    Article a = job.article();
    texts.save(new TextChoice(a.id(), a.feedId(), reason, "", "", page.map(PageReading::siteName).orElse(""),
        page.map(PageReading::imageUrl).orElse(""), page.map(PageReading::author).orElse(""), detail,
        job.choice().attempts() + (requested ? 1 : 0), clock.instant()));
    return new Outcome(a.id(), reason, requested);
  }
}
