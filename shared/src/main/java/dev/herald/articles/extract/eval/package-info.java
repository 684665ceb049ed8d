/**
 * Measuring the article extractor on the shared benchmark pages (the Zyte article extraction benchmark's metric):
 * used by {@code bot/herald bench extract} and the corpus quality test. Reads the corpus in place; never part of
 * Herald's running path.
 */
package dev.herald.articles.extract.eval;
