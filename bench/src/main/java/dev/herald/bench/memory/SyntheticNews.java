package dev.herald.bench.memory;

import dev.herald.model.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic stream of news-like articles for memory benchmarks, with no corpus: events, each reported by two
 * to four of {@value #OUTLETS} outlets within a couple of hours, under made-up names (so distinct events share no
 * names), with a headline, a one-paragraph description and about 1,600 characters of text that mention a topic
 * keyword now and then (so stories carry topics and subscribed channels get alerts). Articles arrive at a steady
 * rate ({@link #PER_DAY} a day, as the clustering benchmark's stream), ending at {@code end}.
 */
final class SyntheticNews {
  public static final int OUTLETS = 40;
  public static final int PER_DAY = 2_000;
  private static final String[] SYLLABLES = {"ka", "ro", "vel", "mar", "to", "lin", "sa", "dor", "ve", "nik", "al",
      "bre", "zu", "quo", "tam", "ris", "en", "hal", "po", "gri", "su", "wen", "ob", "der", "mi", "lak", "tor", "ya"};
  private static final String[] VERBS = {"approves", "rejects", "delays", "announces", "investigates", "expands",
      "suspends", "launches", "cuts", "wins", "loses", "warns of", "backs", "ends", "opens", "closes"};
  private static final String[] NOUNS = {"budget", "strike", "merger", "election", "trial", "reform", "deal",
      "ceasefire", "tariffs", "rates", "outage", "flood", "wildfire", "summit", "recall", "contract", "protest",
      "vaccine", "inquiry", "pipeline", "bridge", "airport", "election law", "port", "rail line"};
  private static final String[] TOPIC_WORDS = {"climate", "AI", "semiconductor", "election", "inflation", "space",
      "health", "football", "energy", "software"};
  private static final String[] COMMON = ("officials said the plan would take effect next week after months of talks"
      + " between ministers unions and business groups while critics argued that the measure came too late and"
      + " offered too little to households already facing higher costs analysts expect markets to react when trading"
      + " opens and local leaders called for calm as residents waited for further details from the government"
      + " spokesperson who declined to comment on the timing").split(" ");

  private final Random random;
  private final Instant start;
  private final Duration spacing = Duration.ofMillis(86_400_000L / PER_DAY);

  /** @param seed the same seed gives the same stream */
  public SyntheticNews(long seed, Instant end, int articles) {
    this.random = new Random(seed);
    this.start = end.minus(spacing.multipliedBy(articles));
  }

  /** The outlet's feed id: {@code outlet-07}. */
  public static String feedId(int outlet) {
    return String.format(Locale.ROOT, "outlet-%02d", outlet);
  }

  /** The event an article of this stream reports: its id without the report number ({@code syn-12}). */
  public static String event(Article a) {
    return a.id().substring(0, a.id().lastIndexOf('-'));
  }

  public static String outletName(int outlet) {
    return "Outlet " + name(new Random(outlet * 7919L), 2) + " Times";
  }

  /** The first {@code n} articles of the stream, in publication order. */
  public List<Article> articles(int n) {
    List<Article> out = new ArrayList<>(n);
    int event = 0;
    while (out.size() < n) {
      event++;
      String who = name(random, 3);
      String place = name(random, 2);
      String noun = NOUNS[random.nextInt(NOUNS.length)];
      String topic = TOPIC_WORDS[random.nextInt(TOPIC_WORDS.length)];
      int reports = 2 + random.nextInt(3);
      int first = random.nextInt(OUTLETS);
      for (int r = 0; r < reports && out.size() < n; r++) {
        int outlet = (first + r * 7) % OUTLETS;
        Instant at = start.plus(spacing.multipliedBy(out.size()));
        out.add(article(event, r, outlet, who, place, noun, topic, at));
      }
    }
    return out;
  }

  private Article article(int event, int report, int outlet, String who, String place, String noun, String topic,
      Instant at) {
    String verb = VERBS[random.nextInt(VERBS.length)];
    String title = who + " " + verb + " " + noun + " in " + place + (report % 2 == 0 ? "" : " as " + topic
        + " concerns grow");
    String description = who + " " + verb + " the " + noun + " in " + place + ", " + outletName(outlet)
        + " reports; " + sentence(12);
    StringBuilder text = new StringBuilder(description);
    while (text.length() < 1_600) {
      text.append(' ').append(random.nextInt(4) == 0 ? "The " + topic + " angle: " : "")
          .append(random.nextInt(3) == 0 ? who + " in " + place + " " : "").append(sentence(14 + random.nextInt(8)));
    }
    String id = "syn-" + event + "-" + report;
    String feed = feedId(outlet);
    String url = "https://" + feed + ".example/" + at.toString().substring(0, 10) + "/"
        + (who + "-" + noun + "-" + place).toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + event;
    return new Article(id, feed, outletName(outlet), title, url, url, url, at, false, at, description,
        text.toString(), "", "");
  }

  private String sentence(int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = COMMON[random.nextInt(COMMON.length)];
      b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i == words - 1 ? "." : " ");
    }
    return b.toString();
  }

  /** A made-up proper name of {@code syllables} syllables: "Kavelro". */
  static String name(Random random, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }
}
