package dev.herald.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SubTopicTest {
  @Test
  void eachSentenceGoesToWhatItIsAbout() {
    assertEquals(SubTopic.REACTIONS, SubTopic.of("Tributes poured in from union members across Valdoria."));
    assertEquals(SubTopic.NEXT, SubTopic.of("The two sides will meet again in Estenburg on Monday."));
    assertEquals(SubTopic.BACKGROUND, SubTopic.of("The strait was last closed in 1988 during a border dispute."));
    // a step the event has taken since ("power had been restored") is news of the event, not its background
    assertEquals(SubTopic.EVENT, SubTopic.of("Westgrid said power had been restored to 120,000 of the 180,000 homes."));
  }
}
