package dev.herald.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.stories.ClusterSettings;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentationCeilingTest {
  private static final Instant AT = Instant.parse("2026-03-10T10:00:00Z");
  private static final String ARCHIVE_NOTE = "Flowing in every day, these data are added to the Wayback Machine after "
      + "an embargo period.";

  private static LabelledArticle doc(String id, String label, String text) {
    return new LabelledArticle(new Article(id, "f", "o", "", "", "", id, AT, false, AT, "", text, "", ""), label);
  }

  private final List<LabelledArticle> docs = List.of(
      doc("1", "crane", "A crane collapsed on the northern quay of Estenburg harbour, injuring two dockers."),
      doc("2", "crane", "Two dockers were hurt when a crane collapsed at Estenburg harbour's northern quay."),
      doc("3", "crane", ARCHIVE_NOTE),
      doc("4", "bakery", "Quellton bakery shares fell after the chain cut its profit forecast for the year."),
      doc("5", "bakery", "The Quellton bakery chain cut its annual profit forecast and its shares fell."),
      doc("6", "bakery", ARCHIVE_NOTE));

  private final RepresentationCeiling.Report report = RepresentationCeiling.analyse(docs, ClusterSettings.defaults(),
      new double[] {0.1, 0.99}, new double[] {0.1, 0.2, 0.3});

  @Test
  void furnitureOnlyDocumentsAreCountedAndKeptApartFromTheGold() {
    assertEquals(2, report.furnitureOnly());
    // items 3 and 6 are alone: recall 1/3 each, the four others 2/3; precision is 1 throughout
    assertEquals(1.0, report.goldFurnitureApart().precision(), 1e-12);
    assertEquals((4 * 2.0 / 3 + 2 * 1.0 / 3) / 6, report.goldFurnitureApart().recall(), 1e-12);
  }

  @Test
  void linkingByPairsCountsTheSameAndCrossClusterPairsAboveTau() {
    RepresentationCeiling.Linked low = report.linked().get(0);
    assertEquals(2, low.sameClusterPairs());
    assertEquals(0, low.crossClusterPairs());
    assertEquals(report.goldFurnitureApart().f1(), low.scores().f1(), 1e-12);
    RepresentationCeiling.Linked high = report.linked().get(1);
    assertEquals(0, high.sameClusterPairs());
    assertEquals(1.0 / 3, high.scores().recall(), 1e-12);
  }

  @Test
  void averageLinkFindsTheTwoEventsAtTheBestThreshold() {
    assertTrue(report.averageLink().scores().precision() == 1.0, "precision " + report.averageLink().scores());
    assertEquals(report.goldFurnitureApart().f1(), report.averageLink().scores().f1(), 1e-12);
  }
}
