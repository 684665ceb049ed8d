/**
 * Stage 3, stories: cluster articles that report one event into a {@link dev.herald.model.Story}, keep story
 * versions, tag topics, and find stories by query.
 *
 * <p>Input: {@code Article}. Output: {@code Story} changes. May import feeds and articles; must not import digest,
 * render or delivery.
 */
package dev.herald.stories;
