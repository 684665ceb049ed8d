package dev.herald.feeds;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a feed's small in-memory tree (an item's subtree, or the channel's own fields): its namespace key,
 * local name, attributes, decoded text and the span of its raw inner markup. Built by {@link XmlFeedReader}.
 */
final class Node {
  final String ns;
  final String local;
  private final List<String> attrs;
  /** The resolved {@code xml:base} in effect here, or "" when unknown. */
  final String base;
  final char[] doc;
  Node parent;
  private List<Node> children;
  private StringBuilder text;
  private int spanStart = -1;
  private int spanEnd;
  int rawStart;
  int rawEnd;

  Node(String ns, String local, List<String> attrs, String base, char[] doc, int rawStart) {
    this.ns = ns;
    this.local = local;
    this.attrs = attrs;
    this.base = base;
    this.doc = doc;
    this.rawStart = rawStart;
    this.rawEnd = rawStart;
  }

  void add(Node child) {
    if (children == null) children = new ArrayList<>(4);
    children.add(child);
    child.parent = this;
  }

  void remove(Node child) {
    if (children != null) children.remove(child);
  }

  void appendText(char[] b, int start, int end, boolean decode) {
    boolean plain = !decode || XmlText.indexOf(b, '&', start, end) < 0;
    if (text == null && spanStart < 0) {
      boolean blank = true;
      for (int i = start; i < end && blank; i++) blank = Character.isWhitespace(b[i]);
      if (blank) return;
      if (plain) {
        // the common case, one run of text or CDATA: keep the span and copy it once, when read
        spanStart = start;
        spanEnd = end;
        return;
      }
    }
    if (text == null) {
      text = new StringBuilder(end - start + 16);
      if (spanStart >= 0) text.append(b, spanStart, spanEnd - spanStart);
      spanStart = -1;
    }
    if (plain) text.append(b, start, end - start);
    else XmlText.append(b, start, end, text);
  }

  boolean is(String namespace, String name) {
    return local.equals(name) && ns.equals(namespace);
  }

  /** The first child with this namespace key and local name, or null. */
  Node child(String namespace, String name) {
    if (children == null) return null;
    for (Node c : children) if (c.is(namespace, name)) return c;
    return null;
  }

  /** The last child with this namespace key and local name, or null: repeated single-valued elements (a second
   * {@code <link>} or date) are read the way feedparser and gofeed read them, the last one winning. */
  Node last(String namespace, String name) {
    if (children == null) return null;
    for (int i = children.size() - 1; i >= 0; i--) if (children.get(i).is(namespace, name)) return children.get(i);
    return null;
  }

  List<Node> children(String namespace, String name) {
    if (children == null) return List.of();
    List<Node> out = new ArrayList<>(2);
    for (Node c : children) if (c.is(namespace, name)) out.add(c);
    return out;
  }

  List<Node> children() {
    return children == null ? List.of() : children;
  }

  boolean hasChildren() {
    return children != null && !children.isEmpty();
  }

  /** The decoded character data directly inside, trimmed. */
  String text() {
    if (spanStart >= 0) {
      int s = spanStart;
      int e = spanEnd;
      while (s < e && Character.isWhitespace(doc[s])) s++;
      while (e > s && Character.isWhitespace(doc[e - 1])) e--;
      return new String(doc, s, e - s);
    }
    return text == null ? "" : text.toString().strip();
  }

  /** The inner markup exactly as written (entities undecoded). */
  String raw() {
    return rawEnd > rawStart ? new String(doc, rawStart, rawEnd - rawStart) : "";
  }

  /** The attribute's value by qualified name ({@code "href"}, {@code "rdf:about"}), or "". */
  String attr(String qname) {
    for (int i = 0; i < attrs.size(); i += 2) if (attrs.get(i).equals(qname)) return attrs.get(i + 1);
    return "";
  }
}
