package dev.herald.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML from a feed to clean plain text with jsoup: entities decoded, scripts, styles, embeds, forms and images
 * (tracking pixels among them) dropped, whitespace collapsed, block elements turned into paragraphs. Untrusted input
 * is only ever parsed, never rendered or fetched. Stateless and thread-safe.
 */
final class HtmlText {
  private static final Set<String> DROP = Set.of("script", "style", "noscript", "iframe", "object", "embed", "svg",
      "math", "form", "button", "input", "select", "textarea", "img", "picture", "video", "audio", "source", "canvas",
      "template", "figure", "head", "title", "meta", "link");
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "pre", "tr", "table", "section", "article", "header", "footer", "aside", "dd", "dt", "dl",
      "hr", "figcaption", "address", "main", "nav", "center");

  private HtmlText() {}

  /** Paragraphs of clean text, in order; markup-free text passes through with its whitespace collapsed. */
  static List<String> paragraphs(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return split(html);
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(String.join(",", DROP)).remove();
    doc.select(".feedflare, .share, .sharedaddy, .jp-relatedposts, a[href*=feeds.feedburner.com/~ff]").remove();
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(current, out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(current, out);
      }
    }, doc.body());
    flush(current, out);
    return out;
  }

  /** Everything as one line. */
  static String line(String html) {
    return String.join(" ", paragraphs(html));
  }

  /** The first image that is not a tracking pixel, or "". */
  static String firstImage(String html) {
    if (html.indexOf("<img") < 0 && html.indexOf("<IMG") < 0) return "";
    for (Element img : Jsoup.parseBodyFragment(html).select("img[src]")) {
      String src = img.attr("src").strip();
      String lower = src.toLowerCase(Locale.ROOT);
      if (tiny(img.attr("width")) || tiny(img.attr("height"))) continue;
      if (lower.contains("pixel") || lower.contains("tracking") || lower.contains("feedburner")
          || lower.contains("doubleclick") || lower.contains("stats.wp") || lower.contains("/t.gif")) {
        continue;
      }
      if (lower.startsWith("http://") || lower.startsWith("https://")) return src;
    }
    return "";
  }

  private static boolean tiny(String dimension) {
    String d = dimension.replace("px", "").strip();
    return !d.isEmpty() && d.chars().allMatch(Character::isDigit) && d.length() < 3 && Integer.parseInt(d) <= 2;
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = CleanText.normalise(current.toString());
    if (!p.isEmpty()) out.add(p);
    current.setLength(0);
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n")) {
      String n = CleanText.normalise(p);
      if (!n.isEmpty()) out.add(n);
    }
    return out;
  }
}
