package dev.herald.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EchoTest {
  @Test
  void shortInputIsQuotedWholeOnOneLine() {
    assertEquals("rail strike", Echo.of("rail strike"));
    assertEquals("rail strike forged", Echo.of("rail\nstrike\u001bforged"));
  }

  @Test
  void longInputIsCutWithAnEllipsisAtTheLimit() {
    String echo = Echo.of("x".repeat(10_000));
    assertEquals(Echo.MAX, echo.length());
    assertEquals("x".repeat(Echo.MAX - 1) + "\u2026", echo);
    assertEquals("x".repeat(40), Echo.of("x".repeat(40)));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    // the pair would straddle the cut: it is dropped whole
    assertEquals("a".repeat(38) + "\u2026", Echo.of("a".repeat(38) + "\ud83d\ude00" + "tail"));
    assertEquals("a".repeat(37) + "\ud83d\ude00\u2026", Echo.of("a".repeat(37) + "\ud83d\ude00" + "tail"));
    assertEquals("ab", Echo.cut("ab\ud83d\ude00", 3));
  }
}
