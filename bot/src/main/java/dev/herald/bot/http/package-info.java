/**
 * What Herald's HTTP servers (Slack's HTTP mode, the ops endpoint) share on Jetty: the server itself as Herald runs
 * one ({@link dev.herald.bot.http.GuardedServer}: threads, connector limits, start and stop) and its connection
 * deadlines ({@link dev.herald.bot.http.ConnectionDeadlines}).
 *
 * <p>In: sizes and a non-blocking request handler. Out: a server that closes slow or idle clients. Must not import
 * any other Herald package.
 */
package dev.herald.bot.http;
