/**
 * Full article text: reading the page behind a teaser. {@link dev.herald.articles.fulltext.FullTextFetcher} decides
 * for each new or edited article whether its feed text is a teaser ({@link dev.herald.articles.fulltext.TeaserRule}),
 * queues those, and fetches their pages politely within a per-poll budget: robots.txt obeyed
 * ({@link dev.herald.articles.fulltext.RobotsRules}, crawler-commons), one request at a time per site with a delay
 * ({@link dev.herald.articles.fulltext.HostPacer}), the feed fetcher's address and size rules
 * ({@link dev.herald.feeds.PageFetcher}). A page that is the article replaces the feed text the article is clustered
 * and summarised from; any other page (paywall, consent, JavaScript shell, login, AMP stub, video, too little text)
 * keeps the feed text, and the reason is stored ({@link dev.herald.model.TextChoice}).
 *
 * <p>Input: {@code IngestReport}s. Output: stored text choices and updated article texts. May import feeds, model,
 * config, text and store; must not import stories, digest, render or delivery.
 */
package dev.herald.articles.fulltext;
