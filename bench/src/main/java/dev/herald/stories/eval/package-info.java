/**
 * Measuring story clustering: labelled corpora readers, B-cubed and pairwise scores, the naive single-pass TF-IDF
 * baseline, and {@link dev.herald.stories.eval.RepresentationCeiling} (how far Herald's term vectors could get without
 * the online constraints), used by {@code herald bench cluster-quality} and the corpus quality test. Not used by the
 * running bot.
 * Imports the stories stage, model and text; nothing later in the pipeline.
 *
 * <p>In: labelled article corpora, read in place. Out: clustering scores. No product class may import it
 * (ArchitectureTest).
 */
package dev.herald.stories.eval;
