/**
 * The benchmark module's part of the digest package: the baselines Herald's summaries are measured against, {@link
 * dev.herald.digest.LeadSummarizer} (leading sentences) and {@link dev.herald.digest.TextRankSummarizer}, both over
 * the same cleaned sentences as {@code ExtractiveSummarizer}, for {@code herald bench summary}. They live under this
 * package name (a split package, outside the product jar) to use the stage's package-private {@code ArticleText},
 * {@code Candidate} and {@code Support} without making them public; the stage itself is documented in shared's
 * {@code package-info} of the same package.
 *
 * <p>In: stories and a word budget ({@code Summarizer}). Out: summaries with citations, each sentence citing its own
 * article. May import the digest stage, model and text; nothing in the product may import them (the product jar does
 * not contain them).
 */
package dev.herald.digest;
