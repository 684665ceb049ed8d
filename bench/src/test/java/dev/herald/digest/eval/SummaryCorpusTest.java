package dev.herald.digest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.digest.LeadSummarizer;
import dev.herald.digest.Summarizer;
import dev.herald.digest.TextRankSummarizer;
import dev.herald.testing.Corpus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The achieved result on the Multi-News sample (250 clusters, 250-word budget): Herald above the lead and TextRank
 * baselines on ROUGE-1 and ROUGE-2, with no integrity failure. Same code path as {@code bot/herald bench summary}.
 */
class SummaryCorpusTest {
  @Test
  void heraldBeatsLeadAndTextRankWithZeroIntegrityFailures() throws Exception {
    List<SummaryBenchmark.Cluster> clusters =
        SummaryBenchmark.load(Corpus.resolve("summaries/multi-news-dev/clusters.jsonl"));
    assertEquals(250, clusters.size());
    Map<String, Summarizer> systems = new LinkedHashMap<>();
    systems.put("herald", new ExtractiveSummarizer());
    systems.put("lead", new LeadSummarizer());
    systems.put("textrank", new TextRankSummarizer());
    List<SummaryBenchmark.SystemResult> r = SummaryBenchmark.run(clusters, systems, 250);
    SummaryBenchmark.SystemResult herald = r.get(0);
    for (SummaryBenchmark.SystemResult baseline : r.subList(1, 3)) {
      assertTrue(herald.rouge1() > baseline.rouge1(), herald + " vs " + baseline);
      assertTrue(herald.rouge2() > baseline.rouge2(), herald + " vs " + baseline);
    }
    for (SummaryBenchmark.SystemResult s : r) {
      assertEquals(s.sentences(), s.cited(), s.name() + ": every sentence cited");
      assertEquals(0, s.outOfRange(), s.name());
      assertEquals(0, s.unsupported(), s.name());
      assertEquals(0, s.failedSummaries(), s.name());
    }
  }
}
