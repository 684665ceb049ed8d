package dev.herald.articles;

import dev.herald.model.Article;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells an item's {@link ItemKind} from its title, the start of its text and its URL: the cues outlets put on items
 * that are not a report of one event (a "Live:" prefix, "key events" in the title, a {@code /newsletter/} path, a
 * teaser that reads "Opinion, comment and editorials of the day" or opens a second topic with "And, ..."). The cues are
 * deliberately narrow: an ordinary report is never held back by a word it happens to use ("Live music returns",
 * "adds to Team USA's medal count"). Kinds are checked in the order of the enum after {@link ItemKind#REPORT}, so an
 * item that is both a live blog and opinion counts as a live blog. Pure and thread-safe.
 */
public final class ItemKinds {
  /** How much of the text is read: the lead carries the cues. */
  static final int LEAD_CHARS = 300;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** An optional leading desk label ("Kenya: ", "Germany news: "), so anchored cues still match after it. */
  private static final String LABEL = "^(?:[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,2}: )?";

  private record Rule(ItemKind kind, GuardedPattern title, GuardedPattern lead, GuardedPattern url) {
    boolean matches(Texts x) {
      return (title != null && title.find(x.title, x.foldedTitle)) || (lead != null && lead.find(x.lead, x.foldedLead))
          || (url != null && url.find(x.url, x.foldedUrl));
    }
  }

  /** An item's cleaned title, lead and URL, each beside its case-folded form for the rules' guards. */
  private record Texts(String title, GuardedPattern.Folded foldedTitle, String lead, GuardedPattern.Folded foldedLead,
      String url, GuardedPattern.Folded foldedUrl) {
    Texts(String title, String lead, String url) {
      this(title, new GuardedPattern.Folded(title), lead, new GuardedPattern.Folded(lead), url,
          new GuardedPattern.Folded(url));
    }
  }

  private static final List<Rule> RULES = List.of(
      new Rule(ItemKind.LIVE,
          p("^live\\s*[:|\\-\u2013\u2014]|^live (updates|blog|coverage)\\b|\\blive (updates|blog|coverage)$"
              + "|\\blive updates\\s*:|\\bas it happened\\b|\\blatest updates\\b|[\\-\u2013\u2014:|]\\s*live$"
              + "|\\bhighlights\\s*:|\\bhighlights$|" + LABEL + "[\\p{L}-]+(?: [\\p{L}-]+)? updates\\s*:"
              + "|\\btracker\\s*:|\\blive tracker\\b"),
          p("^(an? )?(ongoing|running|continuously updated) (record|tally|list|tracker)\\b"
              + "|\\bthis (page|blog|live blog) (is|will be) (being )?(regularly |continuously )?updated\\b"
              + "|^follow (our |along with our )?live\\b"),
          p("/live/|/live-\\d|live-?updates|live-?blog|[/-]live-news\\b")),
      new Rule(ItemKind.KEY_EVENTS,
          p("\\bkey (events|developments|moments)\\b|\\bwhat (we know|happened) on day\\b|\\bat a glance\\b"
              + "|\\bthings to know today\\b"),
          p("^(these are )?the key (events|developments)\\b"),
          p("key-events|key-developments")),
      new Rule(ItemKind.DIGEST,
          p("\\S[.?!]['\u2019\"\u201d]? (and|plus|also), \\p{L}|\\bnewsletter\\b|\\bbriefing\\b|\\bnews ?briefs?\\b"
              + "|\\bnews in brief\\b|\\b(morning|evening|midday|weekend|nightly) (edition|news|update|report)\\b"
              + "|\\b(today'?s|top) (headlines|stories)\\b|^headlines\\b"
              + "|\\btoday\\s*[-\u2013\u2014:|]\\s*\\p{L}+ \\d{1,2},? \\d{4}\\b"
              + "|\\bthe week in (review|pictures|news)\\b|\\bweek in review\\b|^\\d{1,2}/\\d{1,2}(/\\d{2,4})?: "),
          p("^(plus|and), \\p{L}"),
          p("/newsletters?/|newsletter|/briefings?/|-briefing\\b")),
      new Rule(ItemKind.OPINION_ROUNDUP,
          p("\\bwhat (the )?(papers|commentators|columnists|pundits|critics|editorials) (are )?say"
              + "|\\b(opinion|editorial|op-ed|columnists?) (roundup|round-up)\\b|\\bcartoons of the (day|week)\\b"
              + "|\\bpolitical cartoons\\b"),
          p("^opinion, comment and editorials\\b|^(the )?best of (today'?s )?(opinion|columns|commentary)\\b"),
          p("instant-opinion|opinion-roundup|editorial-roundup")),
      new Rule(ItemKind.SERVICE,
          p("^(see|check|view|find) (the|our|all)\\b|\\bhow to watch\\b|\\bwhere to watch\\b"
              + "|\\b(tv|streaming) schedule\\b"
              + "|\\bprintables?\\b|\\bcrosswords?\\b|\\bpuzzles?\\b|\\bsudoku\\b|\\bwordle\\b|\\bhoroscopes?\\b"
              + "|\\blottery results\\b"
              + "|\\b(full|complete|updated|latest) (medal (count|table|tally)|schedule|results)\\b"
              + "|^(\\d{4} )?([\\p{L}]+ )?(olympics? )?medal (count|table|tally)\\b"),
          null,
          p("/puzzles?/|/crosswords?/|/horoscopes?/|/deals/|/coupons/")),
      new Rule(ItemKind.GALLERY,
          p("\\bin (pictures|photos|images)\\b|" + LABEL + "(photos?|pictures|gallery|video|watch|in pictures)\\s*:"
              + "|^photos? of\\b|\\bphoto (gallery|essay)\\b|\\b(best|week'?s) photos\\b|\\bphotos and videos?\\b"),
          null,
          p("/(gallery|galleries|pictures|in-pictures|photos|photo-essay|slideshow)/")),
      new Rule(ItemKind.EXPLAINER,
          p("\\bexplained\\b|\\bexplainer\\b|\\bwhat (to|you need to|you should) know\\b|\\bwhat we know\\b"
              + "|\\bhere'?s what\\b|\\bthings (to know|you need to know)\\b|\\bq ?& ?a\\b|\\bfaqs?\\b"
              + "|" + LABEL + "(what|who) (is|are|was|were)\\b|" + LABEL + "why (is|are|does|do)\\b"
              + "|" + LABEL + "how (does|do|to)\\b"),
          null,
          p("/explainers?/|-explained\\b|-explainer\\b")),
      new Rule(ItemKind.OPINION,
          p(LABEL + "(opinion|editorial|op-ed|column|commentary|letters?( to the editor)?|analysis)\\s*[:|]"),
          null,
          p("/(opinion|opinions|commentary|editorials?|op-ed|columns?|columnists?|letters)/")),
      new Rule(ItemKind.FEATURE,
          p(LABEL + "how (?!(does|do|to|much|many|long|far)\\b)\\p{L}+(?: \\p{L}+){0,3} (helped|shaped|changed|became|"
              + "built|transformed|rose|fell|won|lost|made|turned|inspired|defined|led)\\b"
              + "|\\p{L}['\u2019]s (journey|life|legacy|long road|rise and fall)\\b|\\blife and (legacy|times|career)\\b"
              + "|^remembering\\b|\\ba look back\\b|\\bthe legacy of\\b|\\bin (his|her|their) own words\\b"
              + "|^(profile|obituary)\\s*:"),
          null,
          p("/(features?|obituaries|profiles?|long-?reads?)/")));

  private ItemKinds() {}

  private static GuardedPattern p(String regex) {
    return GuardedPattern.compile(regex);
  }

  /** The kind of an article: its title, its description (else its text) and its URL. */
  public static ItemKind of(Article a) {
    return of(a.title(), a.description().isBlank() ? a.text() : a.description(), a.url());
  }

  /**
   * The kind of an item with this title, text (only its first {@value #LEAD_CHARS} characters are read) and URL; any
   * may be empty, none may be null.
   */
  public static ItemKind of(String title, String text, String url) {
    Texts x = new Texts(clean(title), clean(text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text),
        url.toLowerCase(Locale.ROOT));
    for (Rule r : RULES) {
      if (r.matches(x)) return r.kind();
    }
    return ItemKind.REPORT;
  }

  /** Every rule's expressions (title, lead and URL cues), for the guard's tests. */
  static List<GuardedPattern> patterns() {
    List<GuardedPattern> out = new java.util.ArrayList<>();
    for (Rule r : RULES) {
      for (GuardedPattern g : new GuardedPattern[] {r.title(), r.lead(), r.url()}) {
        if (g != null) out.add(g);
      }
    }
    return out;
  }

  /** Single spaces, trimmed, typographic apostrophes as ASCII, so the cues need one spelling. */
  static String clean(String s) {
    String t = s.replace('\u2019', '\'').replace('\u2018', '\'');
    return (singleSpaced(t) ? t : WHITESPACE.matcher(t).replaceAll(" ")).strip();
  }

  /** Whether {@link #WHITESPACE} would leave {@code s} as it is: no whitespace but single spaces. */
  private static boolean singleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < s.length() && isSpace(s.charAt(i + 1))) return false;
    }
    return true;
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
