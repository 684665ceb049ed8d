package dev.herald.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
  @Test
  void normalisesCaseDefaultPortsTrailingSlashesAndFragments() {
    assertEquals("https://news.example/a/b", CanonicalUrl.of("HTTPS://News.Example:443/a/b/#top"));
    assertEquals("http://news.example/", CanonicalUrl.of("http://news.example:80"));
    assertEquals("http://news.example:8080/x", CanonicalUrl.of("http://news.example:8080/x/"));
    assertEquals("https://news.example/a/c", CanonicalUrl.of("https://news.example/a/./b/../c"));
    assertEquals("https://news.example/a", CanonicalUrl.of("https://user:pw@news.example/a"));
  }

  @Test
  void dropsTrackingParametersAndKeepsTheRestInOrder() {
    assertEquals("https://news.example/story?id=7&page=2", CanonicalUrl.of(
        "https://news.example/story?utm_source=rss&id=7&fbclid=x&UTM_Medium=y&gclid=z&page=2&mc_cid=1"));
    assertEquals("https://news.example/story", CanonicalUrl.of("https://news.example/story?utm_campaign=a"));
  }

  @Test
  void onlyAbsoluteWebUrlsHaveACanonicalForm() {
    assertEquals("", CanonicalUrl.of("/relative"));
    assertEquals("", CanonicalUrl.of("mailto:a@b.example"));
    assertEquals("", CanonicalUrl.of(""));
    assertEquals("https://news.example/a%20b", CanonicalUrl.of("https://news.example/a b"));
  }
}
