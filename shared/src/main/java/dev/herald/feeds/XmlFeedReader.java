package dev.herald.feeds;

import dev.herald.text.Echo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RSS, RDF or Atom document in one streaming pass over {@link XmlScanner} tokens. Each item is built as a
 * small tree, mapped to a {@link RawItem} when it closes and then dropped, so memory stays proportional to one item
 * plus the results. Recovery is lenient: an end tag closes the nearest open element of that name (an unmatched one is
 * ignored), the end of input closes everything, and an item nested in another item is read as an item of its own.
 *
 * <p>Limits: elements nested deeper than {@value #MAX_DEPTH} are skipped with their text; an item keeps at most
 * {@value #MAX_NODES} elements and the channel's own fields as many. Not thread-safe; one instance per document.
 */
final class XmlFeedReader {
  static final int MAX_DEPTH = 256;
  static final int MAX_NODES = 20_000;
  static final String HTML_PAGE = "not a feed: an HTML page";

  private final XmlScanner scanner;
  private final char[] doc;
  private final String documentBase;
  private final List<String> warnings;

  private final String[] names = new String[MAX_DEPTH];
  private final Node[] nodes = new Node[MAX_DEPTH];
  private final int[] bindingMarks = new int[MAX_DEPTH];
  private int depth;
  private int overflow;
  private boolean overflowWarned;
  private final List<String> prefixes = new ArrayList<>();
  private final List<String> uris = new ArrayList<>();

  private FeedFormat format;
  private Node root;
  private final List<Node> openItems = new ArrayList<>();
  private final List<int[]> order = new ArrayList<>();
  private final List<RawItem> emitted = new ArrayList<>();
  private int itemCounter;
  private int nodesInItem;
  private int channelNodes;
  private int repairs;
  private ItemMapper mapper;
  /** The root's namespace key when an Atom feed uses an unknown one; its elements are read as Atom. */
  private String atomAlias = "atom";

  private XmlFeedReader(char[] doc, String documentBase, List<String> warnings) {
    this.doc = doc;
    this.scanner = new XmlScanner(doc);
    this.documentBase = documentBase;
    this.warnings = warnings;
  }

  static ParsedFeed read(String text, URI documentUri, List<String> warnings) throws FeedException {
    String scheme = documentUri == null ? "" : String.valueOf(documentUri.getScheme()).toLowerCase();
    String base = scheme.equals("http") || scheme.equals("https") ? documentUri.toString() : "";
    return new XmlFeedReader(text.toCharArray(), base, warnings).read();
  }

  private ParsedFeed read() throws FeedException {
    int t;
    while ((t = scanner.next()) != XmlScanner.EOF) {
      switch (t) {
        case XmlScanner.START -> start();
        case XmlScanner.END -> end();
        default -> text(t == XmlScanner.TEXT);
      }
    }
    if (root == null) {
      throw new FeedException(scanner.sawDoctype ? "not a feed: only a DOCTYPE, no elements" : "not a feed: no XML elements");
    }
    if (depth > 0) {
      warnings.add("the document ends before its elements close (truncated?); read what was there");
      while (depth > 0) close(depth - 1, doc.length);
    }
    if (repairs > 0) warnings.add("ill-formed XML: " + repairs + " misplaced end tag(s) recovered");
    List<RawItem> items = new ArrayList<>(emitted.size());
    order.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (int[] o : order) items.add(emitted.get(o[1]));
    return mapper.feed(root, items);
  }

  private void start() throws FeedException {
    XmlScanner s = scanner;
    if (depth + overflow >= MAX_DEPTH || overflow > 0) {
      if (!s.selfClosing) overflow++;
      if (!overflowWarned) {
        warnings.add("elements nested deeper than " + MAX_DEPTH + " were skipped");
        overflowWarned = true;
      }
      return;
    }
    int mark = prefixes.size();
    List<String> attrs = List.copyOf(s.attributes);
    for (int i = 0; i < attrs.size(); i += 2) {
      String a = attrs.get(i);
      if (a.equals("xmlns")) bind("", attrs.get(i + 1));
      else if (a.startsWith("xmlns:")) bind(a.substring(6), attrs.get(i + 1));
    }
    String qname = s.name;
    int colon = qname.indexOf(':');
    String prefix = colon < 0 ? "" : qname.substring(0, colon);
    String local = colon < 0 ? qname : qname.substring(colon + 1);
    String ns = namespace(prefix);
    Node parent = depth == 0 ? null : nodes[depth - 1];
    if (root == null) {
      format = detect(local, ns, attrs);
      mapper = new ItemMapper(format, warnings);
      if ((format == FeedFormat.ATOM_03 || format == FeedFormat.ATOM_10) && !ns.isEmpty()) {
        atomAlias = ns;
        ns = "atom";
      }
    }
    String base = base(parent, attrs);
    Node node = null;
    boolean item = mapper.isItem(ns, local) && root != null;
    if (item) {
      nodesInItem = 0;
      node = new Node(ns, local, attrs, base, doc, s.contentStart);
      if (parent != null) parent.add(node);
      openItems.add(node);
      order.add(new int[] {itemCounter++, -1});
    } else if (root == null) {
      node = new Node(ns, local, attrs, base, doc, s.contentStart);
      root = node;
    } else if (parent != null && withinBudget()) {
      node = new Node(ns, local, attrs, base, doc, s.contentStart);
      parent.add(node);
    }
    if (s.selfClosing) {
      if (node != null) {
        node.rawEnd = node.rawStart;
        if (item) emit(node);
      }
      prefixes.subList(mark, prefixes.size()).clear();
      uris.subList(mark, uris.size()).clear();
      return;
    }
    names[depth] = qname;
    nodes[depth] = node;
    bindingMarks[depth] = mark;
    depth++;
  }

  private boolean withinBudget() {
    if (openItems.isEmpty()) return channelNodes++ < MAX_NODES;
    return nodesInItem++ < MAX_NODES;
  }

  private void end() {
    if (overflow > 0) {
      overflow--;
      return;
    }
    String name = scanner.name;
    for (int i = depth - 1; i >= 0; i--) {
      if (names[i].equals(name)) {
        if (i != depth - 1) repairs++;
        while (depth > i) close(depth - 1, scanner.tagStart);
        return;
      }
    }
    repairs++;
  }

  private void close(int index, int rawEnd) {
    Node node = nodes[index];
    depth = index;
    int mark = bindingMarks[index];
    prefixes.subList(mark, prefixes.size()).clear();
    uris.subList(mark, uris.size()).clear();
    nodes[index] = null;
    if (node == null) return;
    node.rawEnd = Math.max(node.rawStart, rawEnd);
    if (!openItems.isEmpty() && openItems.get(openItems.size() - 1) == node) emit(node);
  }

  private void emit(Node item) {
    openItems.remove(item);
    if (item.parent != null) item.parent.remove(item);
    int slot = -1;
    for (int i = order.size() - 1; i >= 0; i--) {
      if (order.get(i)[1] == -1) {
        slot = i;
        break;
      }
    }
    // the innermost open item is the last one started that is not yet emitted
    order.get(slot)[1] = emitted.size();
    emitted.add(mapper.item(item, channelLink()));
  }

  private String channelLink() {
    return root == null ? "" : mapper.feedLink(root);
  }

  private void text(boolean decode) {
    if (overflow > 0 || depth == 0) return;
    Node node = nodes[depth - 1];
    if (node != null) node.appendText(doc, scanner.textStart, scanner.textEnd, decode);
  }

  private void bind(String prefix, String uri) {
    prefixes.add(prefix);
    uris.add(uri.strip());
  }

  private String namespace(String prefix) {
    for (int i = prefixes.size() - 1; i >= 0; i--) {
      if (prefixes.get(i).equals(prefix)) {
        String key = Namespaces.key(uris.get(i));
        return key.equals(atomAlias) ? "atom" : key;
      }
    }
    // undeclared: the conventional prefix names its namespace ("content", "dc", "media"); "rss:" is RSS itself
    return prefix.equals("rss") ? "" : prefix;
  }

  private String base(Node parent, List<String> attrs) {
    String inherited = parent == null ? documentBase : parent.base;
    for (int i = 0; i < attrs.size(); i += 2) {
      if (attrs.get(i).equals("xml:base")) return Links.resolve(inherited, attrs.get(i + 1).strip());
    }
    return inherited;
  }

  private FeedFormat detect(String local, String ns, List<String> attrs) throws FeedException {
    String lower = local.toLowerCase(java.util.Locale.ROOT);
    switch (lower) {
      case "rss" -> {
        String v = attr(attrs, "version");
        if (v.equals("0.91") || v.equals("0.9")) return FeedFormat.RSS_091;
        if (v.startsWith("0.9")) return FeedFormat.RSS_092;
        return FeedFormat.RSS_20;
      }
      case "rdf" -> {
        return uris.contains(Namespaces.RSS_090) ? FeedFormat.RSS_090 : FeedFormat.RSS_10;
      }
      case "feed" -> {
        return uris.contains(Namespaces.ATOM_03) || attr(attrs, "version").startsWith("0.")
            ? FeedFormat.ATOM_03 : FeedFormat.ATOM_10;
      }
      case "channel" -> {
        return FeedFormat.RSS_20;
      }
      case "html" -> throw new FeedException(HTML_PAGE);
      default -> throw new FeedException("not a feed: the root element is <" + truncate(local) + ">");
    }
  }

  private static String attr(List<String> attrs, String name) {
    for (int i = 0; i < attrs.size(); i += 2) if (attrs.get(i).equals(name)) return attrs.get(i + 1).strip();
    return "";
  }

  private static String truncate(String s) {
    return s.length() > 40 ? Echo.cut(s, 40) + "…" : s;
  }
}
