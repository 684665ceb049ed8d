package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class DiscordTextTest {
  @Test
  void markdownCharactersAreEscaped() {
    assertEquals("\\*bold\\* \\_it\\_ \\~\\~del\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\\\ \\> q",
        DiscordText.markdown("*bold* _it_ ~~del~~ `code` ||spoiler|| \\ > q"));
  }

  @Test
  void feedTextCannotMakeAMaskedLink() {
    assertEquals("\\[click\\](https://evil.example)", DiscordText.markdown("[click](https://evil.example)"));
  }

  @Test
  void aLineCannotStartAHeadingListOrSubtext() {
    assertEquals("\\# Big", DiscordText.markdown("# Big"));
    assertEquals("\\-# small", DiscordText.markdown("-# small"));
    assertEquals("\\- item", DiscordText.markdown("- item"));
    assertEquals("2026\\. was a year", DiscordText.markdown("2026. was a year"));
    assertEquals("a # b - c", DiscordText.markdown("a # b - c"));
  }

  @Test
  void massMentionsAreBrokenEverywhere() {
    for (String raw : List.of("@everyone", "@here", "@Everyone now", "x@HERE")) {
      assertFalse(DiscordText.markdown(raw).matches("(?is).*@(everyone|here).*"), raw);
      assertFalse(DiscordText.plain(raw).matches("(?is).*@(everyone|here).*"), raw);
    }
    assertEquals("@\u200beveryone", DiscordText.plain("@everyone"));
  }

  @Test
  void mentionSyntaxIsBroken() {
    for (String raw : List.of("<@123>", "<@!123>", "<@&456>", "<#789>", "</cmd:1>", "<t:1700000000:R>")) {
      assertFalse(DiscordText.plain(raw).startsWith("<" + raw.charAt(1)), raw);
      assertFalse(DiscordText.markdown(raw).contains("<" + raw.charAt(1)), raw);
    }
    assertEquals("a < b", DiscordText.plain("a < b"));
  }

  @Test
  void controlAndBidiCharactersVanishAndLinesFold() {
    assertEquals("a b c", DiscordText.plain("a\n\nb\u0007\u202e \tc\u200b"));
  }

  @Test
  void onlyHttpLinksSurvive() {
    assertEquals(Optional.of("https://a.example/x"), DiscordText.link("https://a.example/x", 100));
    assertEquals(Optional.of("http://a.example/"), DiscordText.link(" http://a.example/ ", 100));
    assertEquals(Optional.of("https://a.example/a_%28b%29"), DiscordText.link("https://a.example/a_(b)", 100));
    for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
        "ftp://a.example/", "https:///nohost", "https://a.example/<x>", "https://a .example", "", "//a.example/x",
        "mailto:a@b.example")) {
      assertEquals(Optional.empty(), DiscordText.link(bad, 100), bad);
    }
    assertEquals(Optional.empty(), DiscordText.link("https://a.example/" + "x".repeat(100), 50));
  }

  @Test
  void cuttingNeverSplitsASurrogatePair() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(4);
        sb.append(pick == 0 ? "\ud83d\ude00" : pick == 1 ? " " : pick == 2 ? "*" : "w");
      }
      String s = sb.toString();
      for (int max = 1; max <= s.length() + 1; max++) {
        String cut = DiscordText.cut(s, max);
        assertTrue(cut.length() <= max, cut);
        assertSurrogatesPaired(cut);
        String fit = DiscordText.fitMarkdown(s, max);
        assertTrue(fit.length() <= max, "fitMarkdown over " + max + ": " + fit);
        assertSurrogatesPaired(fit);
      }
    }
  }

  @Test
  void cuttingPrefersAWordBoundary() {
    assertEquals("alpha beta\u2026", DiscordText.cut("alpha beta gamma", 14));
    assertEquals("alphabetagam\u2026", DiscordText.cut("alphabetagamma", 13));
  }

  @Test
  void aSentenceKeepsItsMarkersBeforeTheFullStop() {
    assertEquals("It \\*rose\\* [1][2].", DiscordText.sentence(new Sentence("It *rose*.", List.of(2, 1))));
    assertEquals("Really [3]?", DiscordText.sentence(new Sentence("Really?", List.of(3))));
  }

  @Test
  void anOverlongSentenceIsCutInItsWordsNotItsMarkers() {
    String cut = DiscordCards.fitSentence(new Sentence("word ".repeat(100) + "end.", List.of(11, 12)), 60);
    assertTrue(cut.length() <= 60, cut);
    assertTrue(cut.endsWith("\u2026 [11][12]"), cut);
  }

  @Test
  void theSafetyCheckCatchesWhatItGuardsAgainst() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("allowed_mentions").putArray("parse");
    body.put("content", "hi @everyone");
    assertThrows(AssertionFailedError.class, () -> PayloadChecks.assertHarmless(body));
    body.put("content", "[x](javascript:alert(1))");
    assertThrows(AssertionFailedError.class, () -> PayloadChecks.assertHarmless(body));
    body.put("content", "<@&1>");
    assertThrows(AssertionFailedError.class, () -> PayloadChecks.assertHarmless(body));
    body.put("content", "\\[x\\](javascript:alert(1)) @\u200beveryone");
    PayloadChecks.assertHarmless(body);
  }

  private static void assertSurrogatesPaired(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "split pair in " + s);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "lone low surrogate in " + s);
      }
    }
  }
}
