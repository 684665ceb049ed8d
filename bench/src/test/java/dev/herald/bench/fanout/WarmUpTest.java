package dev.herald.bench.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  @Test
  void aRoundCompiledWhatTheProcessStillCompilingCompiledNotTheGrowthOfTheLargestTotal() {
    // instance 1 compiled most before; instance 2 is the one still compiling: 400 ms in the round
    List<Long> before = List.of(5000L, 3000L);
    List<Long> after = List.of(5050L, 3400L);
    assertEquals(400, WarmUp.compiledInRound(before, after));
    assertTrue(WarmUp.compiledInRound(before, after) >= WarmUp.SETTLED_MILLIS);
  }

  @Test
  void aRoundWhereEveryProcessCompiledLittleIsSettled() {
    assertEquals(120, WarmUp.compiledInRound(List.of(5000L, 3000L), List.of(5120L, 3010L)));
    assertTrue(WarmUp.compiledInRound(List.of(5000L, 3000L), List.of(5120L, 3010L)) < WarmUp.SETTLED_MILLIS);
    assertEquals(0, WarmUp.compiledInRound(List.of(), List.of()));
  }

  @Test
  void compileTimesOfOtherProcessesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> WarmUp.compiledInRound(List.of(1L), List.of(1L, 2L)));
  }

  @Test
  void slackRoundsAreTheTimedFanOutsSizeAndAtLeastAThousandChannels() {
    assertEquals(2000, WarmUp.channelsPerRound(Platform.SLACK, 2000));
    assertEquals(1000, WarmUp.channelsPerRound(Platform.SLACK, 300));
    assertEquals(50, WarmUp.channelsPerRound(Platform.DISCORD, 2000));
  }

  @Test
  void eachRoundHasABannerOfItsOwnSoItRendersNewCards() {
    assertNotEquals(WarmUp.banner(0), WarmUp.banner(1));
    assertNotEquals("Daily briefing", WarmUp.banner(0));
    assertEquals("Daily briefing \u00b7 warm-up 3", WarmUp.banner(2));
  }
}
