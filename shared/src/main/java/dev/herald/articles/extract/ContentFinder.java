package dev.herald.articles.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, the way Readability does: every paragraph-like block with enough text
 * gives its parent a score (more for length and commas) and its grandparent half of it; containers start from a
 * weight for their tag and class names; a container's score is cut by the share of its text inside links. The best
 * container wins, and siblings that look like more of the same article join it.
 */
final class ContentFinder {
  static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "pre", "blockquote", "ul",
      "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
      "hr", "br", "center", "address", "form", "header", "footer", "nav", "aside", "figure", "details", "summary");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int TOP_CANDIDATES = 5;
  private static final double MIN_PART_SCORE = 10;
  private static final int MIN_CLOSE_CANDIDATES = 3;

  private final TextStats stats;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private ContentFinder(TextStats stats) {
    this.stats = stats;
  }

  /**
   * The article's containers in page order (the best one and any sibling or part that continues it; empty for none)
   * and the text measures of the page they were chosen on.
   */
  record Content(List<Element> containers, TextStats stats) {}

  static Content find(Element body, TextStats stats) {
    ContentFinder f = new ContentFinder(stats);
    return new Content(f.run(body), f.stats);
  }

  private List<Element> run(Element body) {
    for (Element e : body.getAllElements()) {
      int chars = paragraphChars(e);
      if (chars < MIN_PARAGRAPH_CHARS) continue;
      double score = 1 + stats.commas(e) + Math.min(chars / 100, 3);
      Element parent = e.parent();
      for (int level = 0; parent != null && level < 5; level++, parent = parent.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(parent, initial(parent) + score / divider, (a, b) -> a + score / divider);
        if (parent == body) break;
      }
    }
    List<Element> ranked = new ArrayList<>(scores.keySet());
    for (Element c : ranked) scores.put(c, scores.get(c) * (1 - stats.linkDensity(c)));
    if (ranked.isEmpty()) return List.of();
    ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    Element top = ranked.get(0);
    if (scores.get(top) <= 0) return List.of();
    top = climb(top, body);
    List<Element> chosen = withSiblings(top);
    return withSameTemplate(top, chosen, body);
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) if (x == a) return true;
    return false;
  }

  /**
   * {@code chosen} and, in page order, the elements elsewhere on the page built on the same template as {@code top}
   * (same tag and class names) that hold paragraphs of their own and few links: the rest of an article that the page
   * split into several parts at different depths (between full-width figures, say).
   */
  private List<Element> withSameTemplate(Element top, List<Element> chosen, Element body) {
    String cls = top.className();
    if (cls.isEmpty()) return chosen;
    Set<Element> parts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : body.getElementsByTag(top.normalName())) {
      if (e == top || !e.className().equals(cls) || stats.linkDensity(e) > 0.3) continue;
      if (scores.getOrDefault(e, 0.0) < MIN_PART_SCORE || inside(e, chosen) || contains(e, chosen)) continue;
      parts.add(e);
    }
    if (parts.isEmpty()) return chosen;
    parts.addAll(chosen);
    List<Element> out = new ArrayList<>();
    for (Element e : body.getAllElements()) if (parts.contains(e)) out.add(e);
    return out;
  }

  private static boolean inside(Element e, List<Element> containers) {
    for (Element c : containers) if (isAncestor(c, e)) return true;
    return false;
  }

  private static boolean contains(Element e, List<Element> containers) {
    for (Element c : containers) if (isAncestor(e, c)) return true;
    return false;
  }

  /** Moves up while the parent scores nearly as well (the article was split over several containers). */
  private Element climb(Element top, Element body) {
    double topScore = scores.getOrDefault(top, 0.0);
    Element parent = top.parent();
    double last = topScore;
    while (parent != null && parent != body) {
      Double ps = scores.get(parent);
      if (ps == null) {
        parent = parent.parent();
        continue;
      }
      if (ps < topScore / 3) break;
      if (ps > last) {
        top = parent;
        last = ps;
      }
      parent = parent.parent();
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        int chars = stats.chars(sibling);
        double links = stats.linkDensity(sibling);
        String text = chars < 200 ? sibling.text() : "";
        if ((chars > 80 && links < 0.25) || (chars > 0 && links == 0 && endsSentence(text))) out.add(sibling);
      }
    }
    return out;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?\"”’".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /**
   * The characters of {@code e} that count as one paragraph: all of a {@code p}, {@code pre}, {@code td} or
   * {@code blockquote}; for a div-like element, the text directly inside it (a paragraph in disguise, or loose text
   * between its blocks); 0 for anything else.
   */
  private int paragraphChars(Element e) {
    String tag = e.normalName();
    if (PARAGRAPHS.contains(tag)) return stats.chars(e);
    if (!tag.equals("div") && !tag.equals("section") && !tag.equals("article") && !tag.equals("font")
        && !tag.equals("center") && !tag.equals("main")) {
      return 0;
    }
    boolean blocks = false;
    int own = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof Element c) {
        if (BLOCK_TAGS.contains(c.normalName()) && !c.normalName().equals("br")) {
          blocks = true;
        } else {
          own += stats.chars(c);
        }
      } else if (n instanceof TextNode t) {
        own += t.isBlank() ? 0 : t.text().strip().length();
      }
    }
    return blocks ? (own >= MIN_PARAGRAPH_CHARS * 2 ? own : 0) : own;
  }

  private static double initial(Element e) {
    double base = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return base + ClassNames.weight(e);
  }
}
