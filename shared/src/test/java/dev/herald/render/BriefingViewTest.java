package dev.herald.render;

import static dev.herald.testing.SeedStory.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.herald.model.RelatedStory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BriefingViewTest {
  @Test
  void aRelatedLinkToAStoryTheSameBriefingShowsSaysWhereItIsAndTheOthersStay() {
    RelatedStory drills = new RelatedStory(5, "Ostmark closes Kessel Strait for drills");
    RelatedStory envoy = new RelatedStory(9, "Former envoy discusses Valdoria-Ostmark talks");
    RelatedStory talks = new RelatedStory(1, "Valdoria and Ostmark agree principles in Estenburg talks");
    BriefingView b = new BriefingView("Daily briefing · Wednesday 18 February", List.of(
        card(1, "Valdoria and Ostmark agree principles in Estenburg talks", drills, envoy),
        card(2, "Lunmark parliament ousts interim President Várga"),
        card(5, "Ostmark closes Kessel Strait for drills", talks)), Optional.empty());

    assertEquals(List.of(drills.at(RelatedStory.Place.BELOW), envoy), b.stories().get(0).related());
    assertEquals(List.of(talks.at(RelatedStory.Place.ABOVE)), b.stories().get(2).related());
    // the cards are otherwise the same, in the same order, and the messages carry the same links
    assertEquals(List.of(1L, 2L, 5L), b.stories().stream().map(StoryView::storyId).toList());
    assertEquals(b.stories().get(0).related(), b.messages().get(0).related());
    // a single card (an alert, an update) marks no link: only a briefing knows what else it shows
    assertEquals(List.of(talks), card(5, "Ostmark closes Kessel Strait for drills", talks).related());
    // the reader reads where the card is, after its title
    assertEquals("Related: #5 Ostmark closes Kessel Strait for drills (below) · #9 Former envoy discusses "
        + "Valdoria-Ostmark talks", Phrases.related(b.stories().get(0).related(), t -> t));
    assertEquals("Related: #1 Valdoria and Ostmark agree principles in Estenburg talks (above)",
        Phrases.related(b.stories().get(2).related(), t -> t));
  }

  @Test
  void aBriefingsCardPostedOnItsOwnMarksTheLinksToTheBriefingsOtherStoriesAsAWholeBriefingDoes() {
    RelatedStory drills = new RelatedStory(5, "Ostmark closes Kessel Strait for drills");
    RelatedStory envoy = new RelatedStory(9, "Former envoy discusses Valdoria-Ostmark talks");
    StoryView talks = card(1, "Valdoria and Ostmark agree principles in Estenburg talks", drills, envoy)
        .withBanner("Daily briefing · Wednesday 18 February");

    StoryView posted = talks.inBriefingOf(List.of(1L, 2L, 5L));
    assertEquals(List.of(drills.at(RelatedStory.Place.BELOW), envoy), posted.related());
    assertEquals(talks.withRelated(List.of(drills.at(RelatedStory.Place.BELOW), envoy)), posted,
        "only the links change: banner, sections, all kept");
    // the card after the drills' card finds them above it
    assertEquals(List.of(drills.at(RelatedStory.Place.ABOVE), envoy), talks.inBriefingOf(List.of(5L, 1L)).related());
    // a briefing holding none of the related stories leaves the card as it is
    assertSame(talks, talks.inBriefingOf(List.of(1L, 2L)));
    // the same rule as the briefing shown in one piece
    BriefingView whole = new BriefingView("Daily briefing · Wednesday 18 February", List.of(
        card(1, "Valdoria and Ostmark agree principles in Estenburg talks", drills, envoy),
        card(2, "Lunmark parliament ousts interim President Várga"),
        card(5, "Ostmark closes Kessel Strait for drills")), Optional.empty());
    assertEquals(whole.stories().get(0).related(), posted.related());
  }

  @Test
  void theLinksShownStayTheSameWhenTheBriefingShowsSomeOfThem() {
    RelatedStory drills = new RelatedStory(5, "Ostmark closes Kessel Strait for drills");
    RelatedStory envoy = new RelatedStory(9, "Former envoy discusses Valdoria-Ostmark talks");
    RelatedStory oil = new RelatedStory(11, "Oil rises on strait closure");
    RelatedStory sanctions = new RelatedStory(12, "Ostmark sanctions eased");
    RelatedStory shipping = new RelatedStory(13, "Insurers raise Gulf shipping premiums");
    StoryView talks = card(1, "Valdoria and Ostmark agree principles in Estenburg talks")
        .withRelated(List.of(drills, envoy, oil, sanctions, shipping));
    assertEquals(List.of(drills, envoy, oil), talks.related(), "three shown");

    assertEquals(List.of(drills.at(RelatedStory.Place.BELOW), envoy, oil),
        talks.inBriefingOf(List.of(1L, 5L)).related());
    assertEquals(List.of(drills.at(RelatedStory.Place.BELOW), envoy.at(RelatedStory.Place.BELOW), oil),
        talks.inBriefingOf(List.of(1L, 5L, 9L, 12L)).related());
  }

  @Test
  void aLookupsMatchesShownTogetherSayWhereTheOtherIs() {
    RelatedStory drills = new RelatedStory(5, "Ostmark closes Kessel Strait for drills");
    RelatedStory envoy = new RelatedStory(9, "Former envoy discusses Valdoria-Ostmark talks");
    LookupView found = new LookupView("ostmark", "this week", List.of(
        card(1, "Valdoria and Ostmark agree principles in Estenburg talks", drills, envoy),
        card(5, "Ostmark closes Kessel Strait for drills")), "");
    assertEquals(List.of(drills.at(RelatedStory.Place.BELOW), envoy), found.stories().get(0).related());
  }
}
