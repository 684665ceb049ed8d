/**
 * Measuring story clustering: labelled corpora readers, B-cubed and pairwise scores, and the naive single-pass TF-IDF
 * baseline, used by {@code herald bench cluster-quality} and the corpus quality test. Not used by the running bot.
 * Imports the stories stage, model and text; nothing later in the pipeline.
 */
package dev.herald.stories.eval;
