/**
 * Local fakes of the chat platforms' servers on mockwebserver3, in main scope because both tests and the {@code bench}
 * commands use them: {@link dev.herald.bot.fake.FakeDiscord} serves Discord's REST API and gateway to the real JDA
 * client. They record what they receive, can enforce the platforms' documented rate limits and inject failures.
 * Never used by the running bot.
 */
package dev.herald.bot.fake;
