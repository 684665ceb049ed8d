package dev.herald.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text before the body is looked for: scripts and styles, embeds and media, forms'
 * controls, navigation, asides, footers, figures with their captions and credits, hidden elements, and elements
 * whose class or id names furniture (sharing, related links, newsletters, comments, ads...), unless such an element
 * holds most of the page's text (then the name describes a wrapper, not furniture).
 */
final class PagePruner {
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
      "object", "embed", "svg", "canvas", "math", "video", "audio", "picture", "img", "source", "track", "button",
      "input", "select", "textarea", "label", "option", "nav", "aside", "footer", "figure", "figcaption", "dialog",
      "menu", "map", "link", "meta", "header", "head", "title", "base", "fieldset", "legend", "datalist", "output",
      "progress", "meter");
  /** A furniture-named element with more than this share of the page's text is a wrapper and stays. */
  private static final double WRAPPER_SHARE = 0.5;

  private PagePruner() {}

  static PageSignals prune(Document doc) {
    PageSignals signals = new PageSignals();
    Element body = doc.body();
    if (body == null) return signals;
    for (Element s : doc.head().children()) signals.see(s);
    List<Node> drop = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          drop.add(node);
        } else if (node instanceof Element e) {
          signals.see(e);
          if (NEVER_TEXT.contains(e.normalName()) || hidden(e)) drop.add(node);
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, body);
    for (Node n : drop) n.remove();
    TextStats stats = TextStats.of(body);
    int total = Math.max(1, stats.chars(body));
    List<Element> furniture = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main") || tag.equals("p") || tag.equals("a")) continue;
      String[] words = ClassNames.words(e);
      if (words.length == 0 || !ClassNames.isFurniture(words)) continue;
      if (stats.chars(e) > WRAPPER_SHARE * total) continue;
      if (ClassNames.isBody(words) && stats.chars(e) > 0.2 * total) continue;
      furniture.add(e);
    }
    for (Element e : furniture) e.remove();
    for (Element form : body.select("form")) {
      if (TextStats.of(form).chars(form) < 0.3 * total) form.remove();
    }
    return signals;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) return true;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
