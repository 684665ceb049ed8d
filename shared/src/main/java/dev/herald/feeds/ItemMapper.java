package dev.herald.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps an item's or entry's tree to a {@link RawItem}, and the root to a {@link ParsedFeed}, for RSS and Atom. */
final class ItemMapper {
  private final FeedFormat format;
  private final boolean atom;
  private final List<String> warnings;
  private String feedLink;
  private int unreadableDates;

  ItemMapper(FeedFormat format, List<String> warnings) {
    this.format = format;
    this.atom = format == FeedFormat.ATOM_03 || format == FeedFormat.ATOM_10;
    this.warnings = warnings;
  }

  boolean isItem(String ns, String local) {
    if (atom) return local.equals("entry") && (ns.equals("atom") || ns.isEmpty());
    return local.equals("item") && ns.isEmpty();
  }

  /** The channel's or feed's own web link, absolute when a base is known. */
  String feedLink(Node root) {
    if (feedLink != null && !feedLink.isEmpty()) return feedLink;
    Node channel = channel(root);
    String link;
    if (atom) {
      link = alternate(channel, "atom");
    } else {
      Node l = channel.child("", "link");
      link = l != null && !l.hasChildren() ? Links.resolve(l.base, l.text()) : "";
      if (link.isEmpty()) link = alternate(channel, "atom");
    }
    feedLink = link;
    return link;
  }

  ParsedFeed feed(Node root, List<RawItem> items) {
    Node channel = channel(root);
    FeedText title = atom ? Fields.construct(channel.child("atom", "title")) : Fields.html(channel.child("", "title"));
    if (!atom && title.isEmpty()) title = Fields.html(channel.child("dc", "title"));
    if (atom && title.isEmpty()) title = Fields.construct(channel.child("", "title"));
    FeedText description = atom
        ? Fields.construct(first(channel.child("atom", "subtitle"), channel.child("atom", "tagline")))
        : Fields.html(channel.child("", "description"));
    FeedText rights = atom
        ? Fields.construct(first(channel.child("atom", "rights"), channel.child("atom", "copyright")))
        : Fields.html(first(channel.child("", "copyright"), channel.child("dc", "rights")));
    if (unreadableDates > 0) warnings.add(unreadableDates + " item date(s) unreadable; the fetch time stands in");
    return new ParsedFeed(format, title, feedLink(root), description, rights, items, warnings);
  }

  private Node channel(Node root) {
    if (atom) return root;
    Node c = root.child("", "channel");
    return c == null ? root : c;
  }

  RawItem item(Node item, String channelLink) {
    return atom ? entry(item, channelLink) : rssItem(item, channelLink);
  }

  private RawItem rssItem(Node n, String channelLink) {
    FeedText title = Fields.html(n.child("", "title"));
    if (title.isEmpty()) title = Fields.html(n.child("dc", "title"));
    if (title.isEmpty()) title = Fields.html(n.child("media", "title"));
    String base = n.base.isEmpty() ? channelLink : n.base;
    Node guidNode = n.child("", "guid");
    String guid = Fields.first(Fields.text(guidNode), Fields.text(n.child("atom", "id")),
        Fields.text(n.child("dc", "identifier")), n.attr("rdf:about"));
    String link = Fields.first(
        Fields.text(n.child("feedburner", "origLink")),
        rssLink(n),
        alternate(n, "atom"),
        guidNode != null && !guidNode.attr("isPermaLink").equalsIgnoreCase("false") && looksLikeUrl(guid) ? guid : "",
        looksLikeUrl(n.attr("rdf:about")) ? n.attr("rdf:about") : "");
    String pub = Fields.first(Fields.text(n.last("", "pubDate")), Fields.text(n.last("dc", "date")),
        Fields.text(n.last("dcterms", "issued")), Fields.text(n.last("dcterms", "created")),
        Fields.text(n.last("atom", "published")), Fields.text(n.last("atom", "issued")));
    String upd = Fields.first(Fields.text(n.last("atom", "updated")), Fields.text(n.last("dcterms", "modified")),
        Fields.text(n.last("atom", "modified")), Fields.text(n.last("dc", "date")));
    FeedText summary = Fields.html(first(n.child("", "description"), n.child("dc", "description"),
        n.child("itunes", "summary")));
    if (summary.isEmpty()) {
      Node group = n.child("media", "group");
      summary = Fields.html(first(n.child("media", "description"), group == null ? null
          : group.child("media", "description")));
    }
    FeedText content = Fields.html(n.child("content", "encoded"));
    if (content.isEmpty()) content = Fields.construct(n.child("atom", "content"));
    if (content.isEmpty()) {
      Node body = n.child("xhtml", "body");
      if (body == null) body = n.child("xhtml", "div");
      if (body != null) content = FeedText.html(body.raw().strip());
    }
    if (content.isEmpty()) content = Fields.html(n.child("", "fullitem"));
    List<String> categories = new ArrayList<>();
    for (Node c : n.children("", "category")) if (!c.text().isEmpty()) categories.add(c.text());
    for (Node c : n.children("dc", "subject")) if (!c.text().isEmpty()) categories.add(c.text());
    String author = Fields.first(Fields.text(n.child("", "author")), Fields.text(n.child("dc", "creator")),
        Fields.text(n.child("itunes", "author")));
    return new RawItem(title, Links.resolve(base, link), guid, date(pub), date(upd), Fields.first(pub, upd), summary,
        content, author, categories, Links.resolve(base, Fields.image(n)), Fields.text(n.child("", "source")));
  }

  private RawItem entry(Node n, String feedLink) {
    FeedText title = Fields.construct(first(n.child("atom", "title"), n.child("", "title")));
    String link = alternate(n, "atom");
    if (link.isEmpty()) link = alternate(n, "");
    if (!link.isEmpty() && !Links.hasScheme(link)) link = Links.resolve(feedLink, link);
    String guid = Fields.text(first(n.child("atom", "id"), n.child("", "id")));
    String pub = Fields.first(Fields.text(n.last("atom", "published")), Fields.text(n.last("atom", "issued")),
        Fields.text(n.last("atom", "created")), Fields.text(n.last("dc", "date")));
    String upd = Fields.first(Fields.text(n.last("atom", "updated")), Fields.text(n.last("atom", "modified")));
    FeedText summary = Fields.construct(first(n.child("atom", "summary"), n.child("", "summary")));
    FeedText content = Fields.construct(first(n.child("atom", "content"), n.child("", "content")));
    List<String> categories = new ArrayList<>();
    for (Node c : n.children("atom", "category")) {
      String term = Fields.first(c.attr("label"), c.attr("term"), c.text());
      if (!term.isEmpty()) categories.add(term);
    }
    Node author = n.child("atom", "author");
    String authorName = author == null ? Fields.text(n.child("dc", "creator")) : Fields.text(author.child("atom", "name"));
    Node source = n.child("atom", "source");
    String sourceName = source == null ? "" : Fields.construct(source.child("atom", "title")).value();
    String base = n.base.isEmpty() ? feedLink : n.base;
    return new RawItem(title, link, guid, date(pub), date(upd), Fields.first(pub, upd), summary, content, authorName,
        categories, Links.resolve(base, Fields.image(n)), sourceName);
  }

  /** The last plain {@code <link>} with a URL, in its text or (Atom style) its href, as gofeed reads it. */
  private static String rssLink(Node item) {
    String found = "";
    for (Node l : item.children("", "link")) {
      String v = l.hasChildren() ? "" : Fields.first(l.text(), l.attr("href"));
      if (!v.isEmpty()) found = v;
    }
    return found;
  }

  private Optional<Instant> date(String text) {
    if (text.isEmpty()) return Optional.empty();
    Optional<Instant> d = FeedDates.parse(text);
    if (d.isEmpty()) unreadableDates++;
    return d;
  }

  /** The href of the first alternate link (preferring HTML), resolved against its base. */
  private static String alternate(Node parent, String ns) {
    Node best = null;
    for (Node l : parent.children(ns, "link")) {
      String rel = l.attr("rel").strip();
      if (!rel.isEmpty() && !rel.equals("alternate")) continue;
      if (l.attr("href").isBlank() && l.text().isEmpty()) continue;
      String type = l.attr("type");
      if (best == null || (type.contains("html") && !best.attr("type").contains("html"))) best = l;
    }
    if (best == null) return "";
    // a few Atom 0.3 writers put the URL in the element's text instead of href
    return Links.resolve(best.base, best.attr("href").isBlank() ? best.text() : best.attr("href"));
  }

  private static boolean looksLikeUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static Node first(Node... nodes) {
    for (Node n : nodes) if (n != null) return n;
    return null;
  }
}
