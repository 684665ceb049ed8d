package dev.herald.articles;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet name readers know, for source lists. In order: the name configured for the feed; the site's own name
 * (from its article pages); the feed's title cleaned of section names and decoration ("Japan Today - Category World"
 * is "Japan Today", "World - CBSNews.com" is "CBS News", "NYT &gt; World News" is "NYT", or "The New York Times" when
 * the feed's rights line names it so); a name the feed's description or rights line gives its own site ("The
 * Washington Post World section provides ..."); the link's host. Never a bare section name such as "World" or "Top
 * Stories". Pure and thread-safe.
 */
final class OutletNames {
  /** Longest name kept, in characters. */
  static final int MAX_LENGTH = 80;
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|>»·•]+\\s+|\\s*[|>»]\\s*|:\\s+|\\s+::\\s+");
  /** Words that name a section, a list or the feed itself, never an outlet. */
  private static final Set<String> SECTION_WORDS = Set.of("world", "news", "top", "stories", "story", "latest",
      "all", "international", "category", "categories", "topics", "topic", "breaking", "headlines", "headline",
      "home", "front", "page", "feed", "feeds", "rss", "xml", "atom", "section", "sections", "and", "more", "from",
      "the", "of", "in", "on", "for", "video", "videos", "politics", "crime", "tech", "technology", "business",
      "science", "health", "sport", "sports", "entertainment", "opinion", "asia", "europe", "africa", "americas",
      "us", "uk", "u.s.", "middle", "east", "local", "national", "global", "main", "recent", "updates", "edition",
      "articles", "posts", "blog", "everything", "analysis", "culture", "economy", "markets", "lifestyle", "travel",
      "climate", "environment", "weather", "search", "records", "found", "results", "most", "popular", "read",
      "viewed", "trending", "today's", "daily", "digest", "new", "arts");
  /** Words an outlet's name often carries after its brand ("NDTV News", "Japan Today"). */
  private static final Set<String> NAME_WORDS = Set.of("news", "times", "post", "today", "daily", "weekly",
      "herald", "journal", "tribune", "online", "magazine", "monitor", "gazette", "express", "telegraph", "review",
      "week", "world", "insider", "wire", "standard", "observer", "guardian", "independent");
  private static final Set<String> CORPORATE = Set.of("company", "co", "inc", "corp", "corporation", "group",
      "ltd", "llc", "plc", "media", "network", "limited", "gmbh", "sa", "ag", "holdings", "publishing");
  private static final Set<String> SUBDOMAINS = Set.of("www", "online", "feeds", "feed", "rss", "m", "mobile",
      "edition", "en", "english", "xml");
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "or", "ne");
  private static final Pattern DOMAIN = Pattern.compile("(?i)([\\p{L}\\p{N}-]+)\\.(com|org|net|co\\.uk|co|news|"
      + "info|io|in|de|fr|uk|au|ca|jp|eu|tv)");
  private static final Pattern CAPITALISED_RUN = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*\\s*)+");
  private static final Pattern GLUED_THE = Pattern.compile("^The(?=\\p{Lu}\\p{Ll})");

  private OutletNames() {}

  /**
   * The outlet's name.
   *
   * @param configured the name given in configuration, blank when none
   * @param siteName the site's own name from an article page, blank when unknown
   * @param feedTitle the feed's own title as clean text, may be blank
   * @param feedText the feed's description and rights line as clean text, may be blank
   * @param links the feed's link, the feed's address and an item's link: the first with a host names the host
   */
  public static String of(String configured, String siteName, String feedTitle, String feedText, List<String> links) {
    if (!configured.isBlank()) return limit(configured.strip());
    String host = host(links);
    if (!siteName.isBlank() && !sectionOnly(siteName)) return limit(siteName.strip());
    Optional<String> fromTitle = fromTitle(feedTitle, brand(host), feedText);
    if (fromTitle.isPresent()) return limit(fromTitle.get());
    Optional<String> fromText = namedIn(feedText, brand(host));
    if (fromText.isPresent()) return limit(fromText.get());
    return host.isEmpty() ? "Unknown outlet" : host;
  }

  /** The feed title's name part, cleaned; empty when the title holds only section names. */
  static Optional<String> fromTitle(String title, String brand, String feedText) {
    List<String> parts = new ArrayList<>();
    for (String p : SEPARATOR.split(title.strip())) {
      String part = p.strip().replaceAll("^[-–—|:>»·•\\s]+|[-–—|:>»·•\\s]+$", "")
          .replaceAll("(?i)\\s+(rss\\s+)?feed$|\\s+rss$", "").strip();
      if (!part.isEmpty() && !sectionOnly(part)) parts.add(part);
    }
    if (parts.isEmpty()) return Optional.empty();
    String chosen = parts.stream().filter(p -> matchesBrand(p, brand)).findFirst().orElse(parts.get(0));
    String name = readable(trimToBrand(chosen, brand));
    if (name.matches("\\p{Lu}{2,5}")) name = expansion(name, feedText).orElse(name);
    return Optional.of(name);
  }

  /** A name in the feed's description or rights line that spells the host's brand: "The Washington Post ...". */
  static Optional<String> namedIn(String text, String brand) {
    if (brand.length() < 3) return Optional.empty();
    Matcher domain = DOMAIN.matcher(text);
    while (domain.find()) {
      if (squash(domain.group(1)).equals(brand)) return Optional.of(domain.group());
    }
    for (List<String> run : runs(text)) {
      for (int from = 0; from < run.size(); from++) {
        for (int to = from + 1; to <= run.size(); to++) {
          List<String> words = run.subList(from, to);
          if (words.get(0).equals("The")) continue;
          boolean spells = squash(String.join("", words)).equals(brand) || initials(words).equals(brand);
          if (spells) return Optional.of((from > 0 && run.get(from - 1).equals("The") ? "The " : "")
              + String.join(" ", words));
        }
      }
    }
    return Optional.empty();
  }

  /** "The New York Times" for "NYT" when the feed's text names it ("Copyright 2026 The New York Times Company"). */
  static Optional<String> expansion(String abbreviation, String text) {
    String wanted = abbreviation.toLowerCase(Locale.ROOT);
    for (List<String> run : runs(text)) {
      List<String> words = new ArrayList<>(run);
      while (!words.isEmpty() && CORPORATE.contains(bare(words.get(words.size() - 1)))) {
        words.remove(words.size() - 1);
      }
      boolean the = !words.isEmpty() && words.get(0).equals("The");
      List<String> core = the ? words.subList(1, words.size()) : words;
      if (core.size() >= 2 && initials(core).equals(wanted)) {
        return Optional.of((the ? "The " : "") + String.join(" ", core));
      }
    }
    return Optional.empty();
  }

  /** The name without what follows its brand and name words: "NDTV News Search Records Found 1000" is "NDTV News". */
  private static String trimToBrand(String part, String brand) {
    String[] words = part.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (!squash(words[i]).equals(brand) && !squash(stripDomain(words[i])).equals(brand)) continue;
      int end = i + 1;
      while (end < words.length && NAME_WORDS.contains(bare(words[end]))) end++;
      return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
    }
    return part;
  }

  /** "CBSNews.com" is "CBS News", "WSJ.com" is "WSJ", "TheWeek" is "The Week"; "Harbor.com" stays. */
  private static String readable(String name) {
    String n = name;
    Matcher d = DOMAIN.matcher(n);
    if (d.matches()) {
      String label = d.group(1);
      String split = splitNameWord(label);
      if (!split.equals(label) || label.matches("\\p{Lu}{2,6}")) n = split;
    }
    n = GLUED_THE.matcher(n).replaceFirst("The ");
    return n.strip();
  }

  /** A domain label's words: "CBSNews" is "CBS News", "CapitalLedger" is "Capital Ledger". */
  private static String splitNameWord(String label) {
    return label.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ");
  }

  private static boolean matchesBrand(String part, String brand) {
    if (brand.length() < 2) return false;
    String s = squash(stripDomain(part));
    if (s.equals(brand) || (brand.length() >= 3 && (s.contains(brand) || brand.contains(s) && s.length() >= 3))) {
      return true;
    }
    return initials(List.of(part.split("\\s+"))).equals(brand);
  }

  private static String stripDomain(String s) {
    Matcher d = DOMAIN.matcher(s);
    return d.matches() ? d.group(1) : s;
  }

  /** Whether every word is a section word: "World", "Top Stories", "World News: Breaking news, politics, ...". */
  static boolean sectionOnly(String text) {
    for (String w : text.split("[\\s,;:&/]+")) {
      String b = bare(w);
      if (!b.isEmpty() && !SECTION_WORDS.contains(b)) return false;
    }
    return true;
  }

  /** The site's brand from its host: "washingtonpost" for www.washingtonpost.com, "bbc" for www.bbc.co.uk. */
  static String brand(String host) {
    List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
    if (labels.size() >= 2) labels.remove(labels.size() - 1);
    if (labels.size() >= 2 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) labels.remove(labels.size() - 1);
    while (labels.size() > 1 && SUBDOMAINS.contains(labels.get(0))) labels.remove(0);
    return labels.isEmpty() ? "" : squash(labels.get(labels.size() - 1));
  }

  /** The host of the first link that has one, without "www.". */
  static String host(List<String> links) {
    for (String link : links) {
      try {
        String h = URI.create(link.strip()).getHost();
        if (h != null && !h.isBlank()) return h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        // not a URI: try the next link
      }
    }
    return "";
  }

  private static List<List<String>> runs(String text) {
    List<List<String>> out = new ArrayList<>();
    Matcher m = CAPITALISED_RUN.matcher(text);
    while (m.find()) {
      List<String> words = new ArrayList<>();
      for (String w : m.group().strip().split("\\s+")) {
        String clean = w.replaceAll("[.,;:]+$", "");
        if (!clean.isEmpty()) words.add(clean);
        if (!w.equals(clean) && w.endsWith(".") && clean.length() > 3) break;
      }
      if (!words.isEmpty()) out.add(words);
    }
    return out;
  }

  private static String initials(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return "";
      sb.append(Character.toLowerCase(w.charAt(0)));
    }
    return sb.toString();
  }

  private static String bare(String w) {
    return w.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.']+$", "")
        .replaceAll("\\.$", "");
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceFirst("^the\\s*", "").replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String limit(String s) {
    return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH).strip() : s;
  }
}
