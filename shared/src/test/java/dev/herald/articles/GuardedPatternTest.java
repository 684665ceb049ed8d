package dev.herald.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The guard in front of ItemKinds' expressions: which literals it requires, and that it never changes an answer. */
class GuardedPatternTest {

  @Test
  void literalsAreWhatEveryMatchOfEachAlternativeContains() {
    assertEquals(List.of("live updates", "live blog"), GuardedPattern.literalsOf("\\blive (updates|blog)$"));
    assertEquals(List.of("brief"), GuardedPattern.literalsOf("\\bnews ?briefs?\\b"));
    assertEquals(List.of("medal count", "medal table"),
        GuardedPattern.literalsOf("^(\\d{4} )?([\\p{L}]+ )?medal (count|table)\\b"));
    assertEquals(List.of("as it happened", "tracker"),
        GuardedPattern.literalsOf("\\bas it happened\\b|\\btracker\\s*:"));
    assertEquals(List.of("/live-"), GuardedPattern.literalsOf("/live-\\d"));
    assertEquals(List.of("key-events", "key-developments"), GuardedPattern.literalsOf("key-events|key-developments"));
    assertEquals(List.of("how "), GuardedPattern.literalsOf("how (?!(does|do)\\b)\\p{L}+"));
    assertEquals(List.of("opinion", "letter", "analysis"),
        GuardedPattern.literalsOf("^(?:\\p{L}+: )?(opinion|letters?( to the editor)?|analysis)\\s*[:|]"));
    assertEquals(List.of("photo", "gallery"), GuardedPattern.literalsOf("(photos?|gallery)\\s*:"));
    assertEquals(List.of(" updates"), GuardedPattern.literalsOf("^(?:[\\p{L}'.-]+: )?[\\p{L}-]+ updates\\s*:"));
  }

  @Test
  void anAlternativeWithoutAPlainCharacterLeavesTheExpressionUnguarded() {
    assertEquals(List.of(), GuardedPattern.literalsOf("\\blive\\b|\\p{L}+\\s*\\d"));
    assertEquals(List.of(), GuardedPattern.literalsOf("(live|blog)?\\d"));
    assertEquals(List.of(), GuardedPattern.literalsOf("x?y*z+"));
  }

  @Test
  void foldingIsHowUnicodeCaseComparesCharacters() {
    assertEquals("live: state of the union", GuardedPattern.fold("LIVE: ſtate of the Union"));
    assertEquals("kelvin i i", GuardedPattern.fold("\u212Aelvin \u0130 \u0131"));
    String same = "already folded";
    assertTrue(same == GuardedPattern.fold(same));
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      // a character the guard's per-char fold leaves as surrogates must not fold to a plain one in the expression
      assertTrue(Character.toLowerCase(Character.toUpperCase(cp)) >= 0x10000, () -> "folds into the BMP");
    }
  }

  @Test
  void theGuardNeverChangesWhatAnItemKindsExpressionFinds() {
    List<String> texts = new ArrayList<>();
    for (String s : List.of(
        "Live: Valdoria election count as it comes in", "Valdoria rail strike: live updates",
        "Valdoria floods — as it happened", "Storm Isolde updates: power back for most homes",
        "Prime minister's swearing-in highlights: oath taken in the capital",
        "An ongoing record of claims filed since 2024.", "Follow our live coverage.",
        "Russia-Ukraine war: List of key events, day 1,455", "What we know on day 3 of the strike",
        "Morning briefing: rail strike, floods and the budget", "Rates rise. And, the harbour moves",
        "Today - December 6, 2026", "12/6: The day's headlines", "What the papers say about the budget",
        "Opinion, comment and editorials of the day", "How to watch the final", "2026 Olympics medal count",
        "In pictures: the floods", "Watch: the harbour at dawn", "Explainer: the budget", "What is a rate cut?",
        "Opinion: the strike is right", "How Ana Ruiz helped win the vote", "Remembering Ana Ruiz",
        "https://harbor.example/live/election-day", "https://dw.example/en/strike-talks/live-7712",
        "https://harbor.example/newsletters/morning", "https://harbor.example/opinion/strike",
        "https://harbor.example/features/ruiz", "Rail strike halts most intercity trains across Valdoria",
        "Live music returns to Port Marren's harbour festival", "")) {
      texts.add(s);
      texts.add(s.toUpperCase(Locale.ROOT));
      texts.add(s.replace('s', '\u017F').replace('k', '\u212A').replace('i', '\u0131'));
      texts.add(s.replace("I", "\u0130"));
    }
    int matched = 0;
    for (GuardedPattern g : ItemKinds.patterns()) {
      for (String t : texts) {
        boolean expected = g.pattern().matcher(t).find();
        assertEquals(expected, g.find(t, new GuardedPattern.Folded(t)), () -> g.pattern() + " on " + t);
        if (expected) matched++;
      }
    }
    assertTrue(matched > 100, "the fixtures exercise the rules: " + matched);
  }

  @Test
  void cleaningSkipsTheWhitespaceExpressionOnlyWhenItWouldChangeNothing() {
    for (String s : List.of("Rail strike halts trains", " Rail  strike ", "Rail\tstrike", "Rail \nstrike", "Rail\u000Bstrike",
        "Rail \u00A0strike", "Rail\u2019s strike", "", " ", "\r\n", "Rail strike\f")) {
      String expected = s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
      assertEquals(expected, ItemKinds.clean(s), () -> "cleaning " + s);
    }
  }
}
