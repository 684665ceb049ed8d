/**
 * Stage 2, articles: clean raw items into plain-text {@link dev.herald.model.Article}s (HTML to text, boilerplate
 * removed, canonical URL) and deduplicate them against the store (guid, then canonical URL, then outlet + title).
 *
 * <p>Input: {@code RawItem}s of one feed. Output: new and updated {@code Article}s. May import {@code feeds}; must not
 * import stories, digest, render or delivery.
 */
package dev.herald.articles;
