package dev.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The sample feeds' 33 items report 15 events (config/samples/README.md); clustering must find exactly those. */
class SampleEventsClusteringTest {
  @Test
  void sampleItemsClusterIntoTheFifteenEvents() {
    List<SampleArticles.Labelled> items = SampleArticles.load();
    assertEquals(33, items.size());
    StreamClusterer clusterer = new StreamClusterer(ClusterSettings.defaults());
    for (SampleArticles.Labelled l : items) clusterer.add(l.article());

    Map<Long, TreeSet<String>> predicted = new HashMap<>();
    Map<String, TreeSet<String>> expected = new TreeMap<>();
    for (SampleArticles.Labelled l : items) {
      predicted.computeIfAbsent(clusterer.storyOf(l.article().id()), k -> new TreeSet<>()).add(l.article().id());
      expected.computeIfAbsent(l.event(), k -> new TreeSet<>()).add(l.article().id());
    }
    assertEquals(15, expected.size());
    assertEquals(sorted(expected.values()), sorted(predicted.values()));
  }

  private static List<String> sorted(Iterable<TreeSet<String>> groups) {
    List<String> out = new ArrayList<>();
    for (TreeSet<String> g : groups) out.add(String.join(",", g));
    out.sort(null);
    return out;
  }
}
