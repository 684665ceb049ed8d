/**
 * Offline runs over local feed files (the demo and {@code digest}): the whole pipeline with a clock fixed at the
 * newest item, so that the same files always give the same briefing.
 */
package dev.herald.bot.offline;
