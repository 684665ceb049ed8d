/**
 * The {@code herald bench ...} commands ({@link dev.herald.bench.BenchCommand}), run from the benchmark jar through
 * {@link dev.herald.bench.BenchMain}, which adds them to Herald's own command line. Each prints its figures, the last
 * line one JSON object.
 *
 * <p>In: options, the shared corpora ({@code --corpus}, read in place) and the fake platforms. Out: figures on
 * stdout. May import bot's CLI helpers (CliFailure, CliHome, JsonLines), the adapters' public entry points, the
 * evaluation packages, {@code dev.herald.bench.fanout} and {@code dev.herald.bench.memory}; nothing imports this
 * package but BenchMain's callers.
 * The baselines {@code dev.herald.digest.LeadSummarizer}, {@code TextRankSummarizer} and
 * {@code dev.herald.stories.CorpusVectors} live in this module under the packages whose package-private helpers they
 * use; they are not in the product jar.
 */
package dev.herald.bench;
