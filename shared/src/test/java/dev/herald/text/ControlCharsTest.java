package dev.herald.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharsTest {
  @Test
  void escapesC0DelC1BidiAndLineSeparatorsVisibly() {
    assertEquals("a\\x1b]0;t\\x07\\x1b[2J\\r\\nb\\t\\x7f\\x9b\\u061c\\u200e\\u202e\\u2066\\u2028",
        ControlChars.escape("a\u001b]0;t\u0007\u001b[2J\r\nb\t\u007f\u009b\u061c\u200e\u202e\u2066\u2028"));
  }

  @Test
  void leavesOrdinaryTextAloneIncludingAccentsAndEmoji() {
    String s = "Caf\u00e9 \u00a0 \u00e0 \u4e2d\u6587 \ud83d\ude00 \\n";
    assertEquals(s, ControlChars.escape(s));
    assertFalse(ControlChars.containsControl(s));
    assertEquals("null", ControlChars.escape(null));
  }

  @Test
  void everyControlIsFound() {
    for (int c : new int[] {0, 0x1b, 0x1f, 0x7f, 0x80, 0x9f, 0x61c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069,
        0x2028, 0x2029}) {
      assertTrue(ControlChars.isControl(c), Integer.toHexString(c));
    }
    for (int c : new int[] {' ', '~', 0xa0, 0x200b, 0x2065, 0x202f}) assertFalse(ControlChars.isControl(c));
  }

  @Test
  void stripKeepsOneLineOfPlainText() {
    assertEquals("Acme]0;x News", ControlChars.strip("  Acme\u001b]0;x\u0007\u202e\r\n  News\t"));
  }
}
