/**
 * Stage 2, articles: clean raw items into plain-text {@link dev.herald.model.Article}s and store them once.
 *
 * <p>{@link dev.herald.articles.ArticleIntake} takes in one feed's parsed items (the feeds stage fetched and parsed
 * them): it cleans ({@link dev.herald.articles.ArticleCleaner}: HTML to text, boilerplate and tracking pixels removed,
 * full content preferred, truncated teasers trimmed), deduplicates (guid, then {@link
 * dev.herald.articles.CanonicalUrl}, then a hash of feed and normalised title), links syndicated copies across outlets
 * ({@code Article.nearDuplicateOf}), and reports which new articles may alert (never on a feed's first read, never
 * when older than the configured age). {@link dev.herald.articles.ArticleStage} is the pipeline's port for this
 * stage; it calls it with each feed's read items. {@link dev.herald.articles.ItemKinds} tells what kind of
 * item an article is ({@link dev.herald.articles.ItemKind}: a report, or a newsletter, live blog, key-events list,
 * opinion roundup, service page, gallery, explainer or opinion piece), for clustering and headline choice.
 *
 * <p>Input: the {@code ParsedFeed} of one feed (its {@code RawItem}s). Output: new and updated {@code Article}s. May import {@code feeds}, model,
 * config, text and store; must not import stories, digest, render or delivery.
 */
package dev.herald.articles;
