/**
 * The benchmark module's part of the stories package: {@link dev.herald.stories.CorpusVectors}, the term vectors the
 * clusterer would give a fixed set of articles with document frequencies from the whole set, for {@code herald bench
 * cluster-quality --ceiling}. It lives under this package name (a split package, outside the product jar) to use the
 * stage's package-private {@code Vectorizer} without making it public; the stage itself is documented in shared's
 * {@code package-info} of the same package.
 *
 * <p>In: articles and {@code ClusterSettings}. Out: L2-normalised term vectors. May import the stories stage and model
 * only; nothing in the product may import it (the product jar does not contain it).
 */
package dev.herald.stories;
