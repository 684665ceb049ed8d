/**
 * Measuring the article extractor on the shared benchmark pages (the Zyte article extraction benchmark's metric):
 * used by {@code bot/herald bench extract} and the corpus quality test. Reads the corpus in place; never part of
 * Herald's running path.
 *
 * <p>In: the benchmark pages and their labelled texts, read in place. Out: scores per page and in total. May import
 * articles.extract and text; no product class may import it (ArchitectureTest).
 */
package dev.herald.articles.extract.eval;
