package dev.herald.digest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of item an article is, judged by its headline and description, for the summarizer's two choices: which
 * articles may lend sentences (not a roundup that covers other stories) and which headline may be the story's title
 * (a report of the event, not an explainer, a service page, a gallery, a live page or an opinion).
 */
enum ItemKind {
  /** A report of the event: lends sentences and may title the story. */
  REPORT,
  /** An explainer, a question, an analysis or an opinion: lends sentences, never the title. */
  COMMENTARY,
  /** A service page, gallery, quiz, schedule or medal table: neither sentences nor title. */
  SERVICE,
  /** A newsletter, a briefing of several stories, a list of key events, a live page: neither. */
  ROUNDUP;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ROUNDUP_TITLE = Pattern.compile(String.join("|",
      "\\p{L}{3,}[.?!]\\s+and,?\\s",
      "\\b(list of )?key (events|developments)\\b",
      "\\blive( updates| blog| coverage)?\\s*[:|]",
      "^live\\b",
      "\\b(live updates|as it happened|latest updates)\\b",
      "^[\\p{L} ]{2,30} updates:",
      "\\bnewsletter\\b",
      "\\b(morning|evening|daily|weekly|week's|weekend) (briefing|brief|edition|digest|roundup|round-up|wrap)\\b",
      "\\b(news|the) (in brief|roundup|round-up|wrap)\\b",
      "\\bthe week (in|that was)\\b",
      "\\b(best|top) (columns|opinions|editorials|cartoons)\\b",
      "\\b(opinion, comment and editorials|editorials of the day)\\b",
      "\\bwhat (happened|we know) (today|this week|on)\\b"), FLAGS);
  private static final Pattern SERVICE_TITLE = Pattern.compile(String.join("|",
      "^(see|watch|listen|read|look|photos?|pictures?|video|gallery|in pictures|quiz|puzzles?)\\b",
      "\\b(in pictures|in photos|a life in pictures|photo gallery|photos of the (day|week))\\b",
      "\\b(medal (count|table|tally)|schedule|how to watch|where to watch|tv (guide|schedule)|crossword|sudoku)\\b",
      "\\b(quiz|puzzles?|horoscope|recipe)s?\\b"), FLAGS);
  private static final Pattern COMMENTARY_TITLE = Pattern.compile(String.join("|",
      "^(how|why|what|who|when|where|which|is|are|can|could|should|will|would|do|does|did)\\b",
      "\\?\\s*$",
      "^(opinion|analysis|explainer|explained|comment|editorial|letters?|review|perspective|q&a|interview)\\b",
      "\\b(explained|what to know|what we know|need to know|things to know|explainer)\\b"), FLAGS);

  /** The kind of an article with this cleaned headline and description. */
  static ItemKind of(String headline, String description) {
    String h = headline.strip();
    String d = description.strip().toLowerCase(Locale.ROOT);
    if (ROUNDUP_TITLE.matcher(h).find() || d.startsWith("opinion, comment and editorials")
        || d.startsWith("these are the key developments")) {
      return ROUNDUP;
    }
    if (SERVICE_TITLE.matcher(h).find()) return SERVICE;
    if (COMMENTARY_TITLE.matcher(h).find()) return COMMENTARY;
    return REPORT;
  }

  /** Whether an article of this kind may lend sentences to the story's text. */
  boolean lendsSentences() {
    return this == REPORT || this == COMMENTARY;
  }
}
