/**
 * Interactive commands: {@link dev.herald.chat.ChatCommand} in, {@link dev.herald.render.View} out. Platform
 * adapters translate their events into commands and the views into payloads. Reads the store only: never fetches a
 * feed or summarises inside an interaction. {@link dev.herald.chat.Suggestions} says what a user may mean while still
 * typing an option (topics, subscriptions, stories, sections by number or heading), for any adapter that suggests as
 * one types, with the same visibility rules as the commands.
 *
 * <p>In: a ChatCommand with its Actor and channel. Out: a ChatReply holding a View. May import model, config, text,
 * feeds (the feed registry, for /herald feeds), stories (lookups) and render; must not import delivery, pipeline or
 * runtime: what chat needs from delivery (retry, status, schedule changes) reaches it through its own ports
 * (DeliveryAdmin, StatusSection, ScheduleListener).
 */
package dev.herald.chat;
