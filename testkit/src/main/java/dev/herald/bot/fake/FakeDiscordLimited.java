package dev.herald.bot.fake;

/**
 * One request the fake Discord answered with 429.
 *
 * @param nanos when ({@link System#nanoTime()})
 * @param route the path below the API root with every id replaced, e.g. {@code channels/{id}/messages}
 * @param global whether the bot's global budget was spent (otherwise the route's bucket)
 */
public record FakeDiscordLimited(long nanos, String method, String route, boolean global) {
  /** "global POST channels/{id}/messages" or "route GET channels/{id}/messages". */
  public String label() {
    return (global ? "global " : "route ") + method + " " + route;
  }
}
