package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiscordCustomIdTest {
  private static final String TAG_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  @Test
  void everyIdSurvivesARoundTripWithinDiscordsLimit() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      DiscordCustomId.Action action = DiscordCustomId.Action.values()[random.nextInt(2)];
      long story = i % 3 == 0 ? Long.MAX_VALUE - random.nextInt(1000) : 1 + (random.nextLong() & Long.MAX_VALUE) % 1_000_000;
      int section = action == DiscordCustomId.Action.EXPAND ? random.nextInt(1000) : 0;
      Optional<String> tag = Optional.empty();
      if (random.nextBoolean()) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(DiscordCustomId.TAG_MAX);
        for (int k = 0; k < n; k++) sb.append(TAG_CHARS.charAt(random.nextInt(TAG_CHARS.length())));
        tag = Optional.of(sb.toString());
      }
      DiscordCustomId id = new DiscordCustomId(action, story, section, tag);
      String encoded = id.encode();
      assertTrue(encoded.length() <= DiscordLimits.CUSTOM_ID, encoded);
      assertEquals(Optional.of(id), DiscordCustomId.parse(encoded), encoded);
    }
  }

  @Test
  void theFormatIsReadable() {
    assertEquals("h1:x:12:2", DiscordCustomId.expand(12, 2).encode());
    assertEquals("h1:s:12:0:abc", DiscordCustomId.sources(12).withTag("abc").encode());
  }

  @Test
  void foreignOldAndBrokenIdsParseToEmpty() {
    for (String text : List.of("", "h1", "h2:x:1:1", "h1:y:1:1", "h1:x:0:1", "h1:x:-1:1", "h1:x:1:-1",
        "h1:x:1:1000", "h1:s:1:2", "h1:x:99999999999999999999:1", "h1:x:1:1:", "h1:x:1:1:bad tag",
        "h1:x:1:1:" + "t".repeat(DiscordCustomId.TAG_MAX + 1), "expand:12:2", "h1:x:1:1" + "x".repeat(200))) {
      assertEquals(Optional.empty(), DiscordCustomId.parse(text), text);
    }
    assertEquals(Optional.empty(), DiscordCustomId.parse(null));
  }

  @Test
  void invalidIdsCannotBeBuilt() {
    assertThrows(IllegalArgumentException.class, () -> DiscordCustomId.expand(0, 1));
    assertThrows(IllegalArgumentException.class, () -> DiscordCustomId.expand(1, 1000));
    assertThrows(IllegalArgumentException.class,
        () -> new DiscordCustomId(DiscordCustomId.Action.SOURCES, 1, 3, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> DiscordCustomId.sources(1).withTag("a:b"));
  }
}
