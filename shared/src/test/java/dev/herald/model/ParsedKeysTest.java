package dev.herald.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Parsing a key gives the same value as ever, and the same instance for the same text. */
class ParsedKeysTest {
  @Test
  void theSameTextGivesTheSameKey() {
    ChannelKey a = ChannelKey.parse("slack:T1:C1");
    assertEquals(ChannelKey.of(Platform.SLACK, "T1", "C1"), a);
    assertSame(a, ChannelKey.parse(new String("slack:T1:C1")));
    assertSame(a.workspace(), ChannelKey.parse("slack:T1:C2").workspace());
    assertSame(WorkspaceKey.parse("discord:G1"), WorkspaceKey.parse("discord:" + "G1"));
    assertEquals(new WorkspaceKey(Platform.DISCORD, "G1"), WorkspaceKey.parse("discord:G1"));
  }

  @Test
  void badTextStillFailsEveryTime() {
    for (int i = 0; i < 2; i++) {
      assertThrows(IllegalArgumentException.class, () -> ChannelKey.parse("no-colon"));
      assertThrows(IllegalArgumentException.class, () -> ChannelKey.parse("slack:T1:"));
      assertThrows(IllegalArgumentException.class, () -> WorkspaceKey.parse("slack"));
    }
  }

  @Test
  void pastTheKeptKeysEveryParseIsStillRight() {
    for (int i = 0; i < Parsed.KEPT + 10; i++) {
      String id = "C" + i;
      assertEquals(id, ChannelKey.parse("slack:T9:" + id).channelId());
    }
    ChannelKey again = ChannelKey.parse("slack:T9:C5");
    assertEquals(ChannelKey.of(Platform.SLACK, "T9", "C5"), again);
    assertSame(again, ChannelKey.parse("slack:T9:C5"));
  }
}
