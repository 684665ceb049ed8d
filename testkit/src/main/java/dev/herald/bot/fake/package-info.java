/**
 * Local fakes of the chat platforms, in main scope because both the tests and the {@code bench} commands use them:
 * {@link dev.herald.bot.fake.FakeSlackServer} (the Web API on the JDK HTTP server) and {@link
 * dev.herald.bot.fake.FakeDiscord} (REST and gateway on mockwebserver3, for the real JDA client). They answer like the
 * platform, record every call, can enforce the platforms' documented rate limits and inject failures. Never used by
 * the running bot.
 *
 * <p>In: HTTP requests from the real Bolt and JDA clients. Out: platform-shaped answers and a record of calls. Must
 * not import any Herald package: a fake knows only the platform's wire format.
 */
package dev.herald.bot.fake;
