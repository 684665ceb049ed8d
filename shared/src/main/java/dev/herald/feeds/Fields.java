package dev.herald.feeds;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Helpers the RSS and Atom mappers share: text constructs, images, first non-empty values. Stateless. */
final class Fields {
  private Fields() {}

  static String text(Node n) {
    return n == null ? "" : n.text();
  }

  static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return "";
  }

  /** An RSS field that is HTML by convention: its text, or its raw markup when it holds naked elements. */
  static FeedText html(Node n) {
    if (n == null) return FeedText.EMPTY;
    if (n.hasChildren()) return FeedText.html(unwrapCdata(n.raw()).strip());
    return FeedText.html(n.text());
  }

  /** An Atom text construct (1.0 {@code type}, 0.3 {@code mode} and MIME {@code type}). */
  static FeedText construct(Node n) {
    if (n == null) return FeedText.EMPTY;
    if (!n.attr("src").isEmpty()) return FeedText.EMPTY;
    String type = n.attr("type").strip().toLowerCase(Locale.ROOT);
    String mode = n.attr("mode").strip().toLowerCase(Locale.ROOT);
    boolean htmlType = type.equals("html") || type.equals("text/html");
    boolean xhtmlType = type.equals("xhtml") || type.equals("application/xhtml+xml");
    if (mode.equals("base64")) {
      String decoded = base64(n.text());
      return htmlType || xhtmlType ? FeedText.html(decoded) : FeedText.plain(decoded);
    }
    if (xhtmlType || mode.equals("xml") || n.hasChildren()) return FeedText.html(unwrapCdata(n.raw()).strip());
    if (htmlType) return FeedText.html(n.text());
    if (type.isEmpty() || type.equals("text") || type.startsWith("text/")) return FeedText.plain(n.text());
    if (type.endsWith("+xml") || type.endsWith("/xml")) return FeedText.html(unwrapCdata(n.raw()).strip());
    if (type.indexOf('/') > 0) {
      // Atom 1.0 says other media types are base64; writers disagree, so only text that decodes to UTF-8 is decoded
      String decoded = strictBase64(n.text());
      return FeedText.plain(decoded == null ? n.text() : decoded);
    }
    return FeedText.plain(n.text()); // an unknown type name: the text as written

  }

  private static String base64(String s) {
    try {
      return new String(Base64.getMimeDecoder().decode(s), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String strictBase64(String s) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(s);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private static String unwrapCdata(String raw) {
    return raw.indexOf("<![CDATA[") < 0 ? raw : raw.replace("<![CDATA[", "").replace("]]>", "");
  }

  /** A thumbnail or image: Media RSS thumbnails and image content, image enclosures, iTunes images. */
  static String image(Node item) {
    String found = mediaImage(item);
    if (!found.isEmpty()) return found;
    for (Node g : item.children("media", "group")) {
      found = mediaImage(g);
      if (!found.isEmpty()) return found;
    }
    for (Node e : item.children("", "enclosure")) {
      if (e.attr("type").toLowerCase(Locale.ROOT).startsWith("image/")) return e.attr("url").strip();
    }
    for (Node l : item.children("atom", "link")) {
      if (l.attr("rel").equals("enclosure") && l.attr("type").toLowerCase(Locale.ROOT).startsWith("image/")) {
        return Links.resolve(l.base, l.attr("href"));
      }
    }
    Node it = item.child("itunes", "image");
    return it == null ? "" : it.attr("href").strip();
  }

  private static String mediaImage(Node parent) {
    Node thumb = parent.child("media", "thumbnail");
    if (thumb != null && !thumb.attr("url").isBlank()) return thumb.attr("url").strip();
    for (Node c : parent.children("media", "content")) {
      String medium = c.attr("medium").toLowerCase(Locale.ROOT);
      String type = c.attr("type").toLowerCase(Locale.ROOT);
      if (medium.equals("image") || type.startsWith("image/")) return c.attr("url").strip();
      Node inner = c.child("media", "thumbnail");
      if (inner != null && !inner.attr("url").isBlank()) return inner.attr("url").strip();
    }
    return "";
  }
}
