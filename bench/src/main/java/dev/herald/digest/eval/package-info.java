/**
 * Measuring summaries: {@link dev.herald.digest.eval.Rouge} (ROUGE-1/2/L F1, {@code rouge_score} tokenisation, Porter
 * stems) and {@link dev.herald.digest.eval.SummaryBenchmark}, which runs summarizers side by side on Multi-News style
 * clusters with integrity figures. Used by {@code bot/herald bench summary} and the corpus test; never at run time.
 *
 * <p>In: Multi-News style story clusters with reference summaries. Out: ROUGE and integrity figures. May import digest
 * and model; no product class may import it (ArchitectureTest).
 */
package dev.herald.digest.eval;
