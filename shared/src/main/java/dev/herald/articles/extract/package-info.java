/**
 * Article text from an HTML page: {@link dev.herald.articles.extract.PageExtractor} turns a page into an
 * {@link dev.herald.articles.extract.ExtractedPage} (the body as clean paragraphs, headline, site name, lead image,
 * author, publication time) with a {@link dev.herald.articles.extract.PageVerdict} saying whether the page is the
 * article or something standing in front of it (paywall, consent interstitial, JavaScript shell, login, redirect
 * stub, video page, too little text).
 *
 * <p>Input: the page's HTML and its URL. Output: records only. Pure: nothing here fetches, stores or logs; the
 * fetching side (robots.txt, per-host delay, cache) lives with its caller. May import {@code feeds} (address
 * policy, date parsing) and {@code text}; must not import stories, digest, render or delivery.
 */
package dev.herald.articles.extract;
