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
  /** ...or, when it also names the body ("content-sidebar"), more than this share. */
  private static final double BODY_SHARE = 0.2;
  /** A form with less than this share of the page's text is a search box or a sign-up form. */
  private static final double FORM_SHARE = 0.3;
  private static final Set<String> KEEP = Set.of("article", "main", "p", "a", "html", "body");

  private PagePruner() {}

  /** What pruning found, and the text measures of the pruned body. */
  record Pruned(PageSignals signals, TextStats stats) {}

  static Pruned prune(Document doc) {
    PageSignals signals = new PageSignals();
    Element body = doc.body();
    for (Element s : doc.head().children()) signals.see(s, ClassNames.words(s));
    List<Node> drop = new ArrayList<>();
    List<Element> furniture = new ArrayList<>();
    List<String[]> furnitureWords = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          drop.add(node);
        } else if (node instanceof Element e) {
          String[] words = ClassNames.words(e);
          signals.see(e, words);
          if (NEVER_TEXT.contains(e.normalName()) || hidden(e)) {
            drop.add(node);
          } else if (words.length > 0 && e != body && !KEEP.contains(e.normalName())
              && ClassNames.isFurniture(words)) {
            furniture.add(e);
            furnitureWords.add(words);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, body);
    for (Node n : drop) n.remove();
    TextStats stats = TextStats.of(body);
    int total = Math.max(1, stats.chars(body));
    List<Element> forms = body.getElementsByTag("form");
    for (int i = 0; i < furniture.size(); i++) {
      Element e = furniture.get(i);
      int chars = stats.chars(e);
      if (chars > WRAPPER_SHARE * total) continue;
      if (chars > BODY_SHARE * total && ClassNames.isBody(furnitureWords.get(i))) continue;
      if (quotes(e)) continue;
      stats.remove(e);
    }
    for (Element form : forms) {
      if (form.parent() != null && stats.chars(form) < FORM_SHARE * total) stats.remove(form);
    }
    return new Pruned(signals, stats);
  }

  /** An embedded post ("social-embed") is a quotation the article makes, not furniture around it. */
  private static boolean quotes(Element e) {
    return e.normalName().equals("blockquote") || e.selectFirst("blockquote") != null;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) return true;
    String style = e.attr("style");
    if (style.isEmpty() || (style.indexOf("none") < 0 && style.indexOf("hidden") < 0)) return false;
    String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
