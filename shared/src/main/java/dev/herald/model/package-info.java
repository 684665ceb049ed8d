/**
 * The domain records every stage shares: feeds, articles, stories, summaries, briefings, channels, subscriptions.
 *
 * <p>Records validate and copy in their compact constructors. This package imports nothing else from Herald, and no
 * I/O happens here.
 *
 * <p>A record lives here when stages other than the one that makes it read it. Records with one home live there:
 * the digest's drafts and {@link dev.herald.digest.CitationNumberer} in {@code digest}; the outbox's rows, claims,
 * results, pauses, posted messages, pacing and briefing runs in {@code store}, beside the ports that take and return
 * them (delivery, their only other user, imports store). {@link dev.herald.model.DeliveryKind} stays (metrics and
 * the bot's ops read it), and so does {@link dev.herald.model.AlertRecord}, whose topic {@link
 * dev.herald.model.Topic}'s own rule checks.
 *
 * <p>In: nothing (values are built by the stages). Out: the records. Must not import any other Herald package.
 */
package dev.herald.model;
