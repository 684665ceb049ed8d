/**
 * Stage 4, digest: write each story version as a {@link dev.herald.model.StorySummary} (titled sections, sentences
 * with {@code [n]} citations, numbered sources), check it, and choose the stories of a {@link
 * dev.herald.model.Briefing}.
 *
 * <p>Input: {@code Story} and its articles. Output: {@code StorySummary}, {@code Briefing}. Must not import render or
 * delivery.
 */
package dev.herald.digest;
