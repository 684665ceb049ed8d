/**
 * Interactive commands: {@link dev.herald.chat.ChatCommand} in, {@link dev.herald.render.View} out. Platform
 * adapters translate their events into commands and the views into payloads. Reads the store only: never fetches a
 * feed or summarises inside an interaction.
 */
package dev.herald.chat;
