/**
 * The one place the stages are wired into a run: feeds, articles, stories, digest. {@link
 * dev.herald.pipeline.Pipeline} runs the due feeds through each stage in order and returns a {@link
 * dev.herald.pipeline.RunReport}; {@link dev.herald.pipeline.FeedPoller} decides which feeds are due (their interval
 * and backoff, from the feeds stage's stored health) and runs them through the pipeline: data flows one way, poller to
 * pipeline to stages. For each feed the pipeline calls stage 1 ({@code FeedStage}: read it), then stage 2 ({@code
 * ArticleStage}: store its items), then records the read; {@link dev.herald.pipeline.FeedIngestion} builds the
 * production stages 1 and 2.
 *
 * <p>In: the feeds that are due. Out: stored articles, stories and summaries, and the run's report. May import every
 * stage up to digest (and render, for the views of changed stories); must not import delivery, chat or runtime
 * (ArchitectureTest).
 */
package dev.herald.pipeline;
