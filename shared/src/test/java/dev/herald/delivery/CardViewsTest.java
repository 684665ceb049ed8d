package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.herald.model.RelatedStory;
import dev.herald.render.StoryView;
import dev.herald.testing.SeedStory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The variants of a card that a fan-out sends: each equal to the view built directly, and built once. */
class CardViewsTest {
  final StoryView card = SeedStory.card(7, "Port strike", new RelatedStory(8, "Rail strike"),
      new RelatedStory(9, "Fuel prices"));
  final CardViews views = new CardViews(card, 0);

  @Test
  void theCardItselfWhenNoVariantIsAsked() {
    assertSame(card, views.shown(Optional.empty(), Optional.empty()));
  }

  @Test
  void aVariantIsTheViewBuiltDirectlyAndTheSameInstanceEachTime() {
    Optional<List<Long>> briefing = Optional.of(List.of(8L, 7L, 5L));
    StoryView direct = card.inBriefingOf(List.of(8L, 7L, 5L)).withBanner("Daily briefing");
    StoryView first = views.shown(briefing, Optional.of("Daily briefing"));
    assertEquals(direct, first);
    assertEquals(RelatedStory.Place.ABOVE, first.related().get(0).place());
    assertSame(first, views.shown(Optional.of(List.of(8L, 7L, 5L)), Optional.of("Daily" + " briefing")));
  }

  @Test
  void differentVariantsAreDifferentViews() {
    StoryView banner = views.shown(Optional.empty(), Optional.of("New story on ai"));
    StoryView other = views.shown(Optional.empty(), Optional.of("New story on energy"));
    StoryView marked = views.shown(Optional.of(List.of(7L, 9L)), Optional.empty());
    assertEquals(card.withBanner("New story on ai"), banner);
    assertEquals(card.withBanner("New story on energy"), other);
    assertEquals(card.inBriefingOf(List.of(7L, 9L)), marked);
    assertNotEquals(banner, other);
    assertNotEquals(card, marked);
  }

  @Test
  void pastTheKeptVariantsEachIsStillRight() {
    for (int i = 0; i < CardViews.VARIANTS + 5; i++) {
      assertEquals(card.withBanner("banner " + i), views.shown(Optional.empty(), Optional.of("banner " + i)));
    }
    // the first ones stay kept
    assertSame(views.shown(Optional.empty(), Optional.of("banner 0")),
        views.shown(Optional.empty(), Optional.of("banner 0")));
  }
}
