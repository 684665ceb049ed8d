package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Test helpers: parse a document written in the test. */
final class Feeds {
  private Feeds() {}

  static ParsedFeed parse(String xml) {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  static ParsedFeed parse(byte[] bytes) {
    return parse(bytes, Optional.empty(), null);
  }

  static ParsedFeed parse(byte[] bytes, Optional<String> charset, URI base) {
    try {
      return new FeedParser().parse(bytes, charset, base);
    } catch (FeedException e) {
      return fail("expected a feed, got: " + e.getMessage());
    }
  }

  static byte[] bytes(String s, Charset c) {
    return s.getBytes(c);
  }
}
