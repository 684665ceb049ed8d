package dev.herald.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses feed bytes (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) into a {@link ParsedFeed} in one streaming
 * pass. Lenient where feeds are broken (undeclared HTML entities, bare ampersands, misnested or missing end tags,
 * truncation, wrong or missing encodings, invalid bytes) and safe where they are hostile: no DTD is read, no entity
 * is expanded beyond the fixed XML and HTML sets, nesting is bounded, and work is linear in the input. The caller
 * bounds the input size (the fetcher caps it).
 *
 * <p>Stateless and thread-safe. Throws {@link FeedException} with a one-line reason only when nothing feed-like can
 * be read; recoveries are listed in {@link ParsedFeed#warnings()}.
 */
public final class FeedParser {
  /** The default cap on a gzip-compressed document's decompressed size. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  private final long maxBytes;

  /** A parser that inflates gzip bodies (a file or server that sends them unlabelled) up to {@code maxBytes}. */
  public FeedParser(long maxBytes) {
    if (maxBytes < 1024) throw new IllegalArgumentException("maxBytes < 1024: " + maxBytes);
    this.maxBytes = maxBytes;
  }

  public FeedParser() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * @param bytes the body as fetched (already decompressed)
   * @param httpCharset the {@code charset} of the HTTP {@code Content-Type}, if any
   * @param documentUri where the bytes came from; relative links resolve against it when it is http(s)
   */
  public ParsedFeed parse(byte[] bytes, Optional<String> httpCharset, URI documentUri) throws FeedException {
    if (bytes.length == 0) throw new FeedException("empty response: no feed");
    List<String> warnings = new ArrayList<>();
    if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      bytes = Gzip.inflate(bytes, maxBytes);
      warnings.add("gzip-compressed without saying so; inflated");
    }
    String text = withoutIllegalChars(FeedDecoder.decode(bytes, httpCharset, warnings), warnings);
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
    if (i == text.length()) throw new FeedException("empty response: no feed");
    char first = text.charAt(i);
    if (first == '{') {
      String base = documentUri != null && documentUri.getScheme() != null
          && documentUri.getScheme().startsWith("http") ? documentUri.toString() : "";
      return JsonFeedReader.read(text, base, warnings);
    }
    if (first != '<' && text.indexOf('<', i) < 0) throw new FeedException("not a feed: no XML or JSON found");
    try {
      return XmlFeedReader.read(text, documentUri, warnings);
    } catch (FeedException e) {
      // text before the first tag (a README, a log) that does not read as a feed: say what it is, not which tag the
      // lenient reader happened to find inside it
      if (first != '<') throw new FeedException("not a feed: it is text, not XML or JSON (it begins \u201c"
          + opening(text, i) + "\u201d)");
      if (!e.getMessage().equals(XmlFeedReader.HTML_PAGE)) throw e;
      String advertised = Autodiscovery.feedLink(text, documentUri);
      throw new FeedException(advertised.isEmpty() ? e.getMessage() : e.getMessage() + " (it names a feed: "
          + advertised + ")");
    }
  }

  /** The first words from {@code from}, at most one line and 30 characters. */
  private static String opening(String text, int from) {
    int end = from;
    while (end < text.length() && end - from < 30 && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) end--;
    return text.substring(from, end).strip() + (end - from == 30 ? "\u2026" : "");
  }

  /** The text without the control characters XML 1.0 forbids (tab, newline and carriage return stay). */
  static String withoutIllegalChars(String text, List<String> warnings) {
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
        first = i;
        break;
      }
    }
    if (first < 0) return text;
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    int removed = 0;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') removed++;
      else out.append(c);
    }
    warnings.add(removed + " control character(s) not allowed in XML removed");
    return out.toString();
  }

  /** Parses a document with no HTTP charset and no base URI, as for a local file. */
  public ParsedFeed parse(byte[] bytes) throws FeedException {
    return parse(bytes, Optional.empty(), null);
  }
}
