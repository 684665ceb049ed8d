package dev.herald.bench.fanout;

import dev.herald.bot.cli.CliFailure;
import dev.herald.delivery.Publisher;
import dev.herald.model.Platform;

/** Starts a platform's fake server and connects its real adapter to a fake by URL (a crash-test worker). */
public final class FakePlatforms {
  private FakePlatforms() {}

  /** Starts the fake with the platform's documented limits, set up for {@code channels} bench channels. */
  public static FakePlatform start(Platform platform, int channels) throws Exception {
    if (platform == Platform.SLACK) return new SlackFake();
    if (platform == Platform.DISCORD) return new DiscordFake(channels);
    throw new CliFailure("no fake " + platform.key() + " server in this build");
  }

  /** The real adapter's publisher for a fake at {@code url} started by another process. */
  public static Publisher connect(Platform platform, String url, int channels) throws Exception {
    if (platform == Platform.SLACK) return SlackFake.connect(url, new java.util.ArrayList<>());
    if (platform == Platform.DISCORD) return DiscordFake.connect(url, new java.util.ArrayList<>());
    throw new CliFailure("no " + platform.key() + " adapter in this build");
  }
}
