package dev.herald.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the page furniture that feeds and scraped articles carry around the story: share prompts ("share tweet
 * pin email"), photo credits and captions ("(AP Photo/David Zalubowski)", "Picture: Contributed"), newsletter and
 * subscription prompts ("Sign up for our newsletter"), embedded-tweet text ("Tweet with a location"), "Advertisement",
 * "Continue reading", "The post ... appeared first on ...", copyright lines, web-archive crawler notes ("These crawls
 * are part of an effort to archive pages...", "The seed for this crawl was...") and the placeholder text a scraper
 * gets instead of a story (Twitter's location notice, "the page you requested could not be found", "custom domain
 * mapping").
 *
 * <p>It only ever judges whole lines or whole sentences and never edits inside one, so every sentence that survives
 * is still a verbatim piece of the original text (the summary integrity check relies on this). Pure and thread-safe.
 */
public final class Boilerplate {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Matches anywhere in a short line or sentence (at most {@link #SHORT_WORDS} words). */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern IN_SHORT = Pattern.compile(String.join("|",
      "\\b(ap|afp|reuters|getty|epa|ap images|pa) ?(photo|images?)\\b",
      "\\bphoto ?(credit|courtesy)\\b",
      "\\b(image|photo|picture) (copyright|caption)\\b",
      "\\bshare (this|the|on|via) (article|story|page|post|link|facebook|twitter|email)\\b",
      "\\bclick (here|to)\\b",
      "\\bsign up (for|to|now|here|today)\\b",
      "\\bsubscribe (now|today|here|for|to (our|the))\\b",
      "\\b(our|free|daily|weekly|email) newsletters?\\b",
      "\\bfollow (us|@)",
      "\\bfollow [\\p{L} .'-]{2,40} on (twitter|facebook|instagram)",
      "\\bon twitter: @",
      "\\bcontinue reading\\b",
      "\\bread (more|the full|the rest)\\b",
      "\\brelated (articles|stories|coverage|content)\\b",
      "\\ball rights reserved\\b",
      "\\bplease (enable|verify|try again)\\b",
      "\\benable javascript\\b",
      "\\byour browser\\b",
      "\\b(we|this site) uses? cookies\\b",
      "\\bstory continues below\\b",
      "\\bstory continued below\\b",
      "\\btext size\\b",
      "\\bhave a tip\\b",
      "\\bdownload (the|our) .*\\bapp\\b",
      "\\bbreaking news (emails|alerts)\\b",
      "\\bfeature is not available\\b",
      "\\brating is available\\b",
      "\\bplay (facebook|twitter|email)\\b",
      "\\bthe associated press contributed\\b",
      "\\b(contributed|additional reporting) (to this report|by)\\b",
      "\\bmedia playback is (unsupported|not supported)\\b"), FLAGS);

  /** Matches anywhere, whatever the length: text no article sentence ever contains. */
  private static final Pattern ANYWHERE = Pattern.compile(String.join("|",
      "\\btweet with a location\\b",
      "\\badd location information to your tweets\\b",
      "\\bdelete your tweet location history\\b",
      "\\badd this tweet to your website\\b",
      "\\bthe post .{1,300} appeared first on\\b",
      "\\b(this|the) (article|story|post) (was )?(originally|first) (appeared|published|ran)\\b",
      "\\bthis material may not be published, broadcast, rewritten,? or redistributed\\b",
      "\\balexa internet has been donating\\b",
      "\\bcrawls? (data|are part of an effort)\\b",
      "\\bsign up for (our|the) [\\p{L} ]{0,40}newsletter\\b",
      "\\bget (our|the) [\\p{L} ]{0,40}newsletter\\b",
      "\\bcopyright (©|\\(c\\) )?\\d{4}\\b",
      "©\\s?\\d{4}",
      "\\bmore »"), FLAGS);

  /**
   * Matches anywhere, whatever the length: notes that web archives put on the pages they capture and the placeholder
   * text a scraper gets instead of a story. Tried only on text holding one of {@link #NOTE_WORDS}, which keeps this
   * long alternation off ordinary sentences.
   */
  private static final Pattern NOTES = Pattern.compile(String.join("|",
      "\\bwayback machine\\b",
      "\\b(archive-it|web captures|warc files?|heritrix|no more 404)\\b",
      "\\bseed ?list\\b.{0,60}\\bcrawl|\\bcrawl\\b.{0,60}\\bseed ?list\\b",
      "\\bcrawl (start|end) date\\b",
      "\\bthe seed for [\\p{L}\\d ]{1,30} was\\b",
      "\\bslash pages from every domain\\b",
      "\\bnumber of (captures|unique urls)\\b",
      "\\bcrawls? (of outlinks|performed by|was run at)\\b",
      "\\b(data|files|collection) (is|are) (currently not|not currently) publicly accessible\\b",
      "\\binternet archive hopes\\b",
      "\\badd a location to your tweets\\b",
      "\\b(switch|turn) location on/off\\b",
      "\\btwitter stores (that|your) location\\b",
      "\\bthe page you requested (could not|cannot|can't|was not) be found\\b",
      "\\bcustom domain mapping\\b"), FLAGS);

  /** Lower-case words one of which every {@link #NOTES} match contains. */
  private static final List<String> NOTE_WORDS = List.of("wayback", "archive", "captures", "warc", "heritrix", "404",
      "seed", "crawl", "slash pages", "unique urls", "publicly accessible", "location", "page you requested",
      "domain mapping");

  /** A whole line or sentence that is only furniture. */
  private static final Pattern WHOLE = Pattern.compile(String.join("|",
      "((share|tweet|pin|email|e-mail|print|save|comment|comments|whatsapp|facebook|twitter|linkedin|reddit|"
          + "messenger|flipboard|copy link)[\\s|,/·•]*)+",
      "advertisement( continue reading the main story)?",
      "(photo|picture|image|video|graphic|illustration|credit|caption|source)s?( credit| courtesy)?(:.{0,80})?",
      "(file )?(-|–|—)? ?in this .{0,80}\\bphoto\\b.*",
      "(related|also|more|see also|watch|listen|recommended|trending|trending news|exclusive|abstract|"
          + "more information|related articles|reset|close|menu|loading|skip|next|previous|top|home)(:.{0,120})?",
      "(posted|published|updated|filed) (on|by|at|under)\\b.{0,80}",
      "\\[?…\\]?|\\.\\.\\.|[_#*+=~-]{2,}|[+*-]",
      "(by|from) [\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3}( and [\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3})?",
      "[\\p{L} ,]{0,40}\\b(reporting|writing|editing) by\\b.{0,80}",
      "from wikipedia, the free encyclopedia",
      "learn more",
      "view (\\d+ )?comments?",
      "opinion, comment and editorials of the day",
      "interested in .{0,40}\\? add .{0,80}"), FLAGS);

  static final int SHORT_WORDS = 20;

  private Boilerplate() {}

  /** Whether {@code text}, a line or a sentence, is furniture rather than story. */
  public static boolean isBoilerplate(String text) {
    String t = SentenceSplitter.normalize(text);
    if (t.isEmpty()) return true;
    if (ANYWHERE.matcher(t).find()) return true;
    if (isNote(t)) return true;
    if (WHOLE.matcher(stripEnds(t)).matches()) return true;
    return wordCount(t) <= SHORT_WORDS && IN_SHORT.matcher(t).find();
  }

  /**
   * {@code text} without its boilerplate: whole lines that are furniture are dropped, and in a line of several
   * sentences the furniture sentences are dropped (a feed that puts "The post ... appeared first on ..." at the end
   * of its one paragraph keeps the paragraph). Kept sentences are unchanged; lines keep their order.
   */
  public static String strip(String text) {
    List<String> kept = new ArrayList<>();
    for (String line : LINE_BREAK.split(text)) {
      if (line.isBlank()) {
        if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) kept.add("");
        continue;
      }
      List<String> sentences = SentenceSplitter.split(line);
      if (sentences.size() <= 1) {
        if (!isBoilerplate(line)) kept.add(line);
        continue;
      }
      List<String> clean = new ArrayList<>();
      for (String s : sentences) {
        if (!isBoilerplate(s)) clean.add(s);
      }
      if (!clean.isEmpty()) kept.add(String.join(" ", clean));
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) kept.remove(kept.size() - 1);
    return String.join("\n", kept);
  }

  private static boolean isNote(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (String w : NOTE_WORDS) {
      if (lower.contains(w)) return NOTES.matcher(t).find();
    }
    return false;
  }

  private static String stripEnds(String t) {
    int a = 0;
    int b = t.length();
    while (a < b && "([{\"'“‘ ".indexOf(t.charAt(a)) >= 0) a++;
    while (b > a && ")]}\"'”’. ".indexOf(t.charAt(b - 1)) >= 0) b--;
    return t.substring(a, b);
  }

  private static int wordCount(String t) {
    return t.isEmpty() ? 0 : t.split(" ").length;
  }
}
