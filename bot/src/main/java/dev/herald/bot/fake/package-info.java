/**
 * Local fakes of the chat platforms, in main scope because both the tests and the {@code bench} commands use them:
 * real HTTP servers on the loopback interface that answer like the platform, record every call and can misbehave on
 * demand (rate limits, errors). Never used in production wiring.
 */
package dev.herald.bot.fake;
