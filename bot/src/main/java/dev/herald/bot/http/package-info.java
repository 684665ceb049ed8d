/**
 * What Herald's HTTP servers (Slack's HTTP mode, the ops endpoint) share on Jetty: connection deadlines.
 *
 * <p>In: Jetty connectors. Out: connectors that close slow or idle clients. Must not import any other Herald package.
 */
package dev.herald.bot.http;
