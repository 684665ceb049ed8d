package dev.herald.chat;

import dev.herald.model.Platform;
import dev.herald.render.InfoView;
import java.util.List;

/** What {@code /help} says. Herald's own words: safe for every renderer. */
final class HelpText {
  private HelpText() {}

  /** @param platform where it is shown: the console also takes the settings commands without "/herald" */
  static InfoView view(Platform platform) {
    return new InfoView("Herald: news briefings with sources", List.of(
        new InfoView.Block("Read", List.of(
            "/brief \u2014 the top stories of the last day",
            "/brief <words or topic> [today | yesterday | this week | last 3 days | 2026-11-26] \u2014 look up stories",
            "/sources [story] \u2014 the numbered sources of a story (the latest one by default)",
            "/expand <story> <section> \u2014 one section in full, e.g. /expand 12 2")),
        new InfoView.Block("Settings (channel managers)", List.of(
            "/herald schedule HH:MM [time zone] \u2014 a daily briefing at that local time; /herald schedule off",
            subscribe(platform),
            "/herald topics \u2014 the topics to choose from and this channel's subscriptions",
            "/herald feeds [list | add <url> [name] | remove <id> | check] \u2014 this workspace's feeds")),
        new InfoView.Block("Health", List.of(
            "/herald status \u2014 feed health, the next briefing, deliveries waiting",
            "/herald retry \u2014 send parked deliveries again"))));
  }

  private static String subscribe(Platform platform) {
    String what = " \u2014 alerts when a story on the topic breaks or grows";
    return platform == Platform.CONSOLE
        ? "/subscribe <topic>" + what + "; /unsubscribe <topic> (or /herald subscribe, /herald unsubscribe)"
        : "/herald subscribe <topic>" + what + "; /herald unsubscribe <topic>";
  }
}
