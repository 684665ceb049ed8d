package dev.herald.articles.extract;

import dev.herald.text.Boilerplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the article's containers out as paragraphs: a new paragraph at every block element (a table row is one
 * paragraph, its cells separated by spaces), whitespace collapsed.
 * Skipped on the way: the headline ({@code h1}), lists and boxes made mostly of links (related stories, tag lists),
 * paragraphs that are mostly links, and furniture lines ("Advertisement", "Sign up for our newsletter", photo
 * credits).
 */
final class ParagraphWriter {
  private static final Set<String> BOXES = Set.of("div", "section", "ul", "ol", "dl", "table", "tbody", "header");
  private static final double LINK_LIST = 0.5;
  /** Furniture lines are short; longer ones are left to the summarizer's own sentence cleaning (the check is costly). */
  private static final int FURNITURE_WORDS = 12;

  private final TextStats stats;
  private final List<String> out = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int currentLinkChars;
  private int linkDepth;
  private int quoteDepth;

  private ParagraphWriter(TextStats stats) {
    this.stats = stats;
  }

  static List<String> write(List<Element> containers, TextStats stats) {
    ParagraphWriter w = new ParagraphWriter(stats);
    for (Element c : containers) {
      w.element(c);
      w.flush();
    }
    return w.out;
  }

  private void element(Element e) {
    String tag = e.normalName();
    if (tag.equals("h1")) return;
    boolean cell = tag.equals("td") || tag.equals("th");
    boolean block = !cell && ContentFinder.BLOCK_TAGS.contains(tag);
    if (block && BOXES.contains(tag) && isLinkBox(e)) return;
    if (block) flush();
    boolean link = tag.equals("a");
    boolean quote = tag.equals("blockquote");
    if (link) linkDepth++;
    if (quote) quoteDepth++;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        text(t.getWholeText());
      } else if (n instanceof Element c) {
        element(c);
      }
    }
    if (link) linkDepth--;
    if (quote) quoteDepth--;
    if (cell) current.append(' ');
    if (block) flush();
  }

  private boolean isLinkBox(Element e) {
    int chars = stats.chars(e);
    return chars > 0 && stats.linkDensity(e) > LINK_LIST && stats.commas(e) < 10;
  }

  private void text(String s) {
    int before = current.length();
    current.append(s);
    if (linkDepth > 0) currentLinkChars += current.length() - before;
  }

  private void flush() {
    if (current.length() == 0) return;
    String raw = current.toString();
    int rawLength = raw.length();
    String p = normalise(raw);
    double linkShare = rawLength == 0 ? 0 : currentLinkChars / (double) rawLength;
    current.setLength(0);
    currentLinkChars = 0;
    if (p.isEmpty()) return;
    int words = Words.count(p);
    // a quotation (an embedded post, say) keeps its links: its attribution line is one
    if (quoteDepth == 0 && linkShare > LINK_LIST && words < 40) return;
    if (words <= FURNITURE_WORDS && Boilerplate.isBoilerplate(p)) return;
    out.add(p);
  }

  static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
        space = b.length() > 0;
      } else if (c >= 0x20 && c != 0x7F && c != '\uFEFF' && c != '\uFFFD') {
        if (space) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
