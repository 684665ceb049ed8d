package dev.herald.bench;

import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.JsonLines;
import dev.herald.digest.ExtractiveSummarizer;
import dev.herald.digest.LeadSummarizer;
import dev.herald.digest.Summarizer;
import dev.herald.digest.TextRankSummarizer;
import dev.herald.digest.eval.SummaryBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code herald bench summary}: ROUGE-1/2/L F1 and integrity figures of Herald's extractive summarizer beside the
 * lead and TextRank baselines, all in one run on the same clusters and word budget.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
        "Score the extractive summarizer against lead and TextRank baselines on Multi-News clusters.",
        "ROUGE-1, ROUGE-2, ROUGE-L F1 (Herald's own implementation, rouge_score tokenisation, Porter stems)",
        "and integrity figures. The last line is one JSON object."})
final class BenchSummaryCommand implements Runnable {
  static final String CLUSTERS = "summaries/multi-news-dev/clusters.jsonl";

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The shared data folder (default: $HERALD_CORPUS, else <HERALD_HOME>/../shared/data).")
  Path corpus;

  @Option(names = "--max-words", paramLabel = "N", defaultValue = "250",
      description = "Word budget for every system (default: ${DEFAULT-VALUE}).")
  int maxWords;

  @Option(names = "--skip", paramLabel = "N", defaultValue = "0", description = "Leave out the first N clusters.")
  int skip;

  @Option(names = "--limit", paramLabel = "N", description = "Use at most N clusters (after --skip).")
  Integer limit;

  @Option(names = "--systems", paramLabel = "LIST", split = ",", defaultValue = "herald,lead,textrank",
      description = "Systems to run, from herald, lead, textrank (default: all three).")
  List<String> systemNames;

  @Option(names = "--dump", paramLabel = "FILE",
      description = "Also write every scored summary as JSON lines {cluster, system, text, reference}, "
          + "for scoring with another ROUGE implementation.")
  Path dump;

  @Option(names = "--show", paramLabel = "N", defaultValue = "0",
      description = "Also print Herald's summaries of the first N clusters, for reading.")
  int show;

  @Override
  public void run() {
    if (maxWords < 10 || maxWords > 2000) throw new CliFailure("--max-words must be between 10 and 2000: " + maxWords);
    Path root = corpus != null ? corpus : CorpusPaths.defaultRoot();
    Path file = root.resolve(CLUSTERS);
    if (!Files.isRegularFile(file)) throw new CliFailure("no clusters file at " + file + " (use --corpus DIR)");
    List<SummaryBenchmark.Cluster> clusters;
    try {
      clusters = SummaryBenchmark.load(file);
    } catch (IOException | RuntimeException e) {
      throw new CliFailure(file + ": cannot read clusters: " + e.getMessage());
    }
    clusters = clusters.subList(Math.min(Math.max(skip, 0), clusters.size()), clusters.size());
    if (limit != null) clusters = clusters.subList(0, Math.min(Math.max(limit, 0), clusters.size()));
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Summarizer> systems = new LinkedHashMap<>();
    for (String name : systemNames) {
      switch (name) {
        case "herald" -> systems.put(name, new ExtractiveSummarizer());
        case "lead" -> systems.put(name, new LeadSummarizer());
        case "textrank" -> systems.put(name, new TextRankSummarizer());
        default -> throw new CliFailure("unknown system: " + name + " (use herald, lead, textrank)");
      }
    }
    ExtractiveSummarizer herald = new ExtractiveSummarizer();
    for (int i = 0; i < Math.min(show, clusters.size()); i++) {
      SummaryBenchmark.Cluster c = clusters.get(i);
      out.println("== " + c.id());
      out.print(SummaryBenchmark.show(herald.summarize(BenchStories.story(i + 1, c), c.articles(), maxWords)));
      out.println("-- reference: " + c.reference());
    }
    List<SummaryBenchmark.SystemResult> results;
    if (dump == null) {
      results = SummaryBenchmark.run(clusters, systems, maxWords);
    } else {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, java.nio.charset.StandardCharsets.UTF_8))) {
        results = SummaryBenchmark.run(clusters, systems, maxWords, o -> JsonLines.write(w, o));
      } catch (IOException e) {
        throw new CliFailure(dump + ": cannot write: " + e.getMessage());
      }
    }
    out.printf("clusters: %d  budget: %d words  corpus: %s%n", clusters.size(), maxWords, file);
    out.printf("%-9s %7s %7s %7s %6s %9s %7s %6s %6s %7s %6s%n", "system", "R-1", "R-2", "R-L", "words",
        "sentences", "cited", "multi", "range", "unsupp", "ms");
    for (SummaryBenchmark.SystemResult r : results) {
      out.printf("%-9s %7.2f %7.2f %7.2f %6.1f %9d %7d %6d %6d %7d %6.1f%n", r.name(), r.rouge1(), r.rouge2(),
          r.rougeL(), r.words(), r.sentences(), r.cited(), r.multiCited(), r.outOfRange(), r.unsupported(),
          r.millisPerCluster());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bench", "summary");
    json.put("corpus", CLUSTERS);
    json.put("clusters", clusters.size());
    json.put("skip", skip);
    json.put("max_words", maxWords);
    json.put("rouge", "herald implementation: rouge_score tokenisation, Porter stemmer (tokens > 3 chars), F1 x 100");
    for (SummaryBenchmark.SystemResult r : results) json.put(r.name(), SummaryBenchmark.figures(r));
    JsonLines.write(out, json);
  }
}
