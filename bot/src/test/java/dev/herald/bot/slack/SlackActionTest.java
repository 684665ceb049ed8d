package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlackActionTest {
  @Test
  void everyActionSurvivesEncodeAndParse() {
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      SlackAction.Kind kind = SlackAction.Kind.values()[random.nextInt(3)];
      long story = 1 + (random.nextBoolean() ? random.nextInt(1_000) : random.nextLong(Long.MAX_VALUE));
      int section = kind == SlackAction.Kind.EXPAND ? random.nextInt(1_000) : 0;
      SlackAction a = new SlackAction(kind, story, section);
      String encoded = a.encode();
      assertEquals(a, SlackAction.parse(encoded), encoded);
      assertTrue(SlackAction.ACTION_ID.matcher(encoded).matches(), encoded);
      assertTrue(encoded.length() <= SlackLimits.MAX_ACTION_ID);
    }
  }

  @Test
  void theLongestActionFitsWellWithinSlacksLimits() {
    String longest = SlackAction.expand(Long.MAX_VALUE, 999).encode();
    assertEquals("herald:expand:9223372036854775807:999", longest);
    assertTrue(longest.length() <= 44);
  }

  @Test
  void malformedActionsAreRefusedWithAReason() {
    for (String bad : new String[] {"", "herald", "herald:expand:12", "herald:sources:12:1", "herald:explode:1",
        "herald:share:0", "herald:expand:1:1000", "herald:share:99999999999999999999", "other:share:1",
        "herald:share:1 ", "herald:share:-1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlackAction.parse(bad), bad);
      assertTrue(!e.getMessage().isBlank());
    }
  }
}
