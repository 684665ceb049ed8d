package dev.herald.articles.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one pass (so scoring never re-reads a subtree): characters
 * of text (whitespace runs counted as one), characters inside links, and commas. Valid until the tree changes other
 * than through {@link #remove}.
 */
final class TextStats {
  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats s = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) s.stats.put(e, new int[3]);
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element parent = (Element) t.parentNode();
          if (parent == null) return;
          int[] own = s.stats.get(parent);
          if (own == null) return;
          String text = t.getWholeText();
          int chars = 0;
          int commas = 0;
          boolean space = true;
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
              if (!space) chars++;
              space = true;
            } else {
              chars++;
              space = false;
              if (c == ',' || c == '，' || c == '、') commas++;
            }
          }
          own[0] += chars;
          own[2] += commas;
        } else if (node instanceof Element e && e.parent() != null) {
          int[] own = s.stats.get(e);
          int[] up = s.stats.get(e.parent());
          if (up == null) return;
          if (e.normalName().equals("a")) own[1] = own[0];
          up[0] += own[0];
          up[1] += own[1];
          up[2] += own[2];
        }
      }
    }, root);
    return s;
  }

  /** Removes {@code e} from the tree, and its text from its ancestors' measures (so they stay valid). */
  void remove(Element e) {
    int[] own = stats.get(e);
    if (own != null) {
      for (Element a = e.parent(); a != null; a = a.parent()) {
        int[] up = stats.get(a);
        if (up == null) break;
        up[0] -= own[0];
        up[1] -= own[1];
        up[2] -= own[2];
      }
    }
    e.remove();
  }

  int chars(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[0];
  }

  int linkChars(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[1];
  }

  int commas(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[2];
  }

  double linkDensity(Element e) {
    int c = chars(e);
    return c == 0 ? 0 : Math.min(1.0, linkChars(e) / (double) c);
  }
}
