package dev.herald.bench.memory;

import dev.herald.config.TopicsConfig;
import dev.herald.digest.CheckedStoryWriter;
import dev.herald.digest.CheckedSummarizer;
import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.model.Article;
import dev.herald.model.FeedScope;
import dev.herald.model.Story;
import dev.herald.store.ArticleTextStore;
import dev.herald.store.Database;
import dev.herald.store.StorySearchStore;
import dev.herald.store.Stores;
import dev.herald.stories.TopicTagger;
import dev.herald.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A Herald database holding an archive as a running Herald would have stored it: {@code n} articles of {@link
 * SyntheticNews} in publication order (the clock at each article's time), each in the story of its event, with the
 * story search index and topics as filing writes them, then every story's latest version summarised by the real
 * extractive summarizer with its integrity check. The stores stamp their rows with the clock they are given, which
 * the archive moves through stream time (to each article's time as it is filed).
 *
 * <p>The stories are the stream's events, written through the stores, rather than found by the clusterer: the
 * stored rows are the same, and clustering 100,000 articles of 1,600 characters costs about an hour of CPU on a
 * shared two-core machine ({@code bench cluster} measures the clusterer). The measured Herald runs the real clusterer
 * over its live window when it starts, as after any restart.
 */
public final class NewsArchive {
  private static final int LEAD_WORDS = 80;

  private NewsArchive() {}

  /** What was built. */
  public record Built(int articles, int stories, int summaries, Duration filing, Duration summarising) {
    public Duration took() {
      return filing.plus(summarising);
    }
  }

  /**
   * @param topics the topics file (config/topics.yaml) stories are tagged with
   * @param clock its time now is the newest article's; it is moved to each article's time while filing and left at
   *     the newest
   * @param progress told of each 10,000 articles filed and each 5,000 stories summarised
   */
  public static Built build(Path file, Path home, Path topics, int n, MutableClock clock,
      Consumer<String> progress) {
    long started = System.nanoTime();
    Instant end = clock.instant();
    clock.set(end.minus(Duration.ofDays(365)));
    try (Database db = Database.open(file)) {
      Stores stores = Stores.sql(db, clock);
      TopicTagger tagger = new TopicTagger(TopicsConfig.loadIfPresent(home, topics), feed -> List.of());
      StorySearchStore search = StorySearchStore.sql(db);
      List<Article> articles = new SyntheticNews(n, end, n).articles(n);
      Map<String, Long> storyOfEvent = new HashMap<>();
      int count = 0;
      for (Article a : articles) {
        clock.set(a.published());
        stores.articles().save(a, titleKey(a));
        Long story = storyOfEvent.get(SyntheticNews.event(a));
        long id = story == null ? stores.stories().create(a, a.title(), a.published()).id()
            : stores.stories().addArticle(story, a, a.published()).id();
        storyOfEvent.put(SyntheticNews.event(a), id);
        search.append(id, a.title(), lead(a));
        Set<String> tags = new TreeSet<>(stores.stories().topics(id));
        if (tags.addAll(tagger.tag(a))) stores.stories().setTopics(id, tags);
        if (++count % 10_000 == 0) progress.accept(String.format(Locale.ROOT, "filed %,d of %,d articles",
            count, n));
      }
      clock.set(end);
      long filed = System.nanoTime();
      Summaries done = summariseMissing(db, stores, clock, progress);
      return new Built(n, done.stories(), done.summarised(), Duration.ofNanos(filed - started),
          Duration.ofNanos(System.nanoTime() - filed));
    }
  }

  /** How many stories an archive holds and how many of them have a summary. */
  public record Summaries(int stories, int summarised) {
    public boolean complete() {
      return summarised == stories;
    }
  }

  /**
   * Summarises every story of an archive that has no summary yet (an archive whose summarising was cut short is
   * completed, not rebuilt), with {@code clock} set to the archive's newest article, and returns the counts afterwards.
   */
  public static Summaries complete(Path file, MutableClock clock, Consumer<String> progress) {
    try (Database db = Database.open(file)) {
      Stores stores = Stores.sql(db, clock);
      List<Story> all = stores.stories().activeSince(Instant.EPOCH);
      if (all.isEmpty()) return new Summaries(0, 0);
      clock.set(all.get(0).newestArticleAt());
      return summariseMissing(db, stores, clock, progress);
    }
  }

  private static Summaries summariseMissing(Database db, Stores stores, MutableClock clock,
      Consumer<String> progress) {
    CheckedStoryWriter writer = new CheckedStoryWriter(stores.stories(), stores.articles(), stores.summaries(),
        new CheckedSummarizer(new ExtractiveSummarizer(), 140), clock, ArticleTextStore.sql(db));
    List<Story> all = stores.stories().activeSince(Instant.EPOCH);
    List<Story> missing = all.stream().filter(s -> stores.summaries().latestOf(s.id(), FeedScope.INSTANCE).isEmpty())
        .toList();
    if (!missing.isEmpty() && missing.size() < all.size()) {
      progress.accept(String.format(Locale.ROOT, "%,d of %,d stories have no summary yet: summarising them",
          missing.size(), all.size()));
    }
    int written = summariseAll(writer, missing, progress);
    return new Summaries(all.size(), all.size() - missing.size() + written);
  }

  /**
   * Summarises every story, on as many threads as there are processors (the summarizer is the archive's costliest
   * part; the database serialises the writes).
   */
  private static int summariseAll(CheckedStoryWriter writer, List<Story> all, Consumer<String> progress) {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<?>> work = new ArrayList<>();
      for (Story s : all) {
        work.add(pool.submit(() -> {
          if (writer.write(s).isPresent()) written.incrementAndGet();
          int d = done.incrementAndGet();
          if (d % 5_000 == 0) {
            progress.accept(String.format(Locale.ROOT, "summarised %,d of %,d stories", d, all.size()));
          }
        }));
      }
      for (Future<?> f : work) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while summarising", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("summarising failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return written.get();
  }

  /** What the story search indexes of an article besides its title: the first words of its text, as filing does. */
  static String lead(Article a) {
    String[] words = a.text().strip().split("\\s+");
    return words.length <= LEAD_WORDS ? a.text().strip()
        : String.join(" ", java.util.Arrays.asList(words).subList(0, LEAD_WORDS)) + " …";
  }

  /** A title key in the manner of ArticleIntake's: a SHA-256 digest of the feed and the headline (not normalised). */
  static String titleKey(Article a) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((a.feedId() + "\n" + a.title()).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
