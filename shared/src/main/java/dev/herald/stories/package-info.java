/**
 * Stage 3, stories: cluster articles that report one event into a {@link dev.herald.model.Story}, keep story
 * versions, tag topics, rank stories for briefings and find them by query.
 *
 * <p>Input: {@code Article} (already stored). Output: {@code Story} changes in the {@code StoryStore} and the story
 * search index. May import feeds and articles (and model, config, text, store); must not import digest, render,
 * delivery, chat or pipeline.
 *
 * <ul>
 *   <li>{@link dev.herald.stories.StoryClusterer}: the online clusterer (TF-IDF centroids of titles, URL slugs and
 *       texts read without their page furniture, an inverted index of live stories, time decay, length-aware
 *       thresholds, merges); {@link dev.herald.stories.StreamClusterer} runs it over an in-memory stream (the
 *       {@code cluster} command, evaluation, benchmark); the benchmark module's {@code CorpusVectors}, under this
 *       package name, gives the same vectors for a fixed set, for offline analysis.
 *   <li>{@link dev.herald.stories.OnlineStoryTracker}: the production {@link dev.herald.stories.StoryTracker}, the
 *       clusterer's decisions stored, searchable and tagged by {@link dev.herald.stories.TopicTagger}.
 *   <li>{@link dev.herald.stories.CoverageStoryRanker}: the production {@link dev.herald.stories.StoryRanker}.
 *   <li>{@link dev.herald.stories.ArchiveStoryFinder}: the production {@link dev.herald.stories.StoryFinder}.
 * </ul>
 */
package dev.herald.stories;
