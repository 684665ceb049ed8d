/**
 * Stage 4, digest: write each story version as a {@link dev.herald.model.StorySummary} (titled sections, sentences
 * with {@code [n]} citations, numbered sources), check it, and choose the stories of a {@link
 * dev.herald.model.Briefing}.
 *
 * <p>Input: {@code Story} and its articles. Output: {@code StorySummary}, {@code Briefing}. Must not import render,
 * delivery, chat or pipeline.
 *
 * <p>Writing: {@link dev.herald.digest.ExtractiveSummarizer} (default, no network) or {@link
 * dev.herald.digest.LlmSummarizer} (any OpenAI-compatible endpoint, verified sentence by sentence, falling back to the
 * extractive summary). Checking: {@link dev.herald.digest.IntegrityCheck} runs on every draft and again on the
 * numbered summary; {@link dev.herald.digest.CheckedSummarizer} returns only summaries that pass, and {@link
 * dev.herald.digest.CheckedStoryWriter} stores only those. Summarizers write a {@link dev.herald.digest.DraftSummary}
 * (sentences cite article ids); citation numbers come from {@link dev.herald.digest.CitationNumberer}, which turns
 * a draft into the model's {@code StorySummary}, and nowhere else. The benchmark baselines {@code LeadSummarizer} and
 * {@code TextRankSummarizer} live in the benchmark module under this package name, outside the product jar.
 *
 * <p>May import stories, feeds, config, text, model and store.
 */
package dev.herald.digest;
