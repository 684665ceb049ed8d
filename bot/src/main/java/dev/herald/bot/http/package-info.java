/** What Herald's HTTP servers (Slack's HTTP mode, the ops endpoint) share on Jetty: connection deadlines. */
package dev.herald.bot.http;
