/**
 * Offline runs over local feed files (the demo and {@code digest}): the whole pipeline with a clock fixed at the
 * newest item, so that the same files always give the same briefing.
 *
 * <p>In: local feed files. Out: briefings as text, neutral JSON or platform payloads. May import the composition root
 * and shared; must not import slack, discord, bench or fake.
 */
package dev.herald.bot.offline;
