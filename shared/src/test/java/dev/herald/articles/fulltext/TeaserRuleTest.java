package dev.herald.articles.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.FullTextMode;
import dev.herald.model.TextReason;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeaserRuleTest {
  static final String LONG = "word ".repeat(80).strip() + ".";
  final TeaserRule rule = new TeaserRule(true, 70);

  static Article article(String url, String text) {
    Instant t = Instant.parse("2026-11-26T09:00:00Z");
    return new Article("a", "f", "F", "Title", url, url, "a", t, false, t, text, text, "", "");
  }

  @Test
  void aShortCutOrElidedTextIsATeaser() {
    assertTrue(rule.isTeaser("One sentence about the strike.", false));
    assertTrue(rule.isTeaser(LONG, true), "cut short by the publisher");
    assertTrue(rule.isTeaser(LONG.substring(0, LONG.length() - 1) + "…", false));
    assertFalse(rule.isTeaser(LONG, false));
  }

  @Test
  void theFeedsSettingDecidesBeforeTheText() {
    Article teaser = article("https://news.example/a", "One sentence.");
    Article whole = article("https://news.example/a", LONG);
    assertEquals(Optional.empty(), rule.decide(teaser, FullTextMode.AUTO, false, false));
    assertEquals(Optional.of(TextReason.FULL_IN_FEED), rule.decide(whole, FullTextMode.AUTO, false, false));
    assertEquals(Optional.empty(), rule.decide(whole, FullTextMode.ALWAYS, false, false));
    assertEquals(Optional.empty(), rule.decide(whole, FullTextMode.AUTO, false, true), "a teaser-only feed");
    assertEquals(Optional.of(TextReason.SWITCHED_OFF), rule.decide(teaser, FullTextMode.NEVER, false, false));
    assertEquals(Optional.of(TextReason.SWITCHED_OFF),
        new TeaserRule(false, 70).decide(teaser, FullTextMode.ALWAYS, false, false));
    assertEquals(Optional.of(TextReason.NO_LINK), rule.decide(article("", "One."), FullTextMode.AUTO, false, false));
    assertEquals(Optional.of(TextReason.NO_LINK),
        rule.decide(article("ftp://news.example/a", "One."), FullTextMode.AUTO, false, false));
  }
}
