/**
 * The domain records every stage shares: feeds, articles, stories, summaries, briefings, channels, subscriptions.
 *
 * <p>Records validate and copy in their compact constructors. This package imports nothing else from Herald, and no
 * I/O happens here. Citation numbers are derived in exactly one place, {@link dev.herald.model.CitationNumberer}.
 *
 * <p>In: nothing (values are built by the stages). Out: the records. Must not import any other Herald package.
 */
package dev.herald.model;
