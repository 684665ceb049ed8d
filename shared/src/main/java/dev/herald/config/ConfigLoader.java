package dev.herald.config;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Reads {@code herald.yaml} into a {@link HeraldConfig}. */
public final class ConfigLoader {
  private static final Set<String> HTTP = Set.of("http", "https");

  private ConfigLoader() {}

  /**
   * Loads the settings file.
   *
   * @param home the directory relative paths in the file are resolved against
   * @param file the settings file
   * @throws ConfigException naming the file and key of the first wrong or unknown value
   */
  public static HeraldConfig load(Path home, Path file) {
    return load(home, YamlSection.load(file, display(home, file)));
  }

  /**
   * Every setting herald.yaml may hold, as dotted paths ({@code fetch.alert_max_age_hours}), in reading order. The
   * shipped {@code config/herald.yaml} lists each of them with its default.
   */
  public static List<String> keys() {
    YamlSection defaults = YamlSection.empty("");
    load(Path.of("").toAbsolutePath(), defaults);
    return defaults.keysRead();
  }

  private static HeraldConfig load(Path home, YamlSection root) {
    Path dataDir = home.resolve(root.string("data_dir", "data")).normalize();
    String database = root.string("database", "");
    if (!database.isEmpty() && !database.startsWith("jdbc:sqlite:") && !database.startsWith("jdbc:postgresql:")) {
      throw root.error("database", "must be empty (SQLite in data_dir) or a jdbc:sqlite: or jdbc:postgresql: URL");
    }
    ZoneId zone = root.zone("time_zone", ZoneId.of("UTC"));

    YamlSection b = root.section("briefing");
    HeraldConfig.Briefing briefing = new HeraldConfig.Briefing(
        b.time("time", LocalTime.of(8, 0)), b.integer("max_stories", 5, 1, 20), b.integer("window_hours", 24, 1, 168));
    b.rejectUnknown();

    YamlSection s = root.section("summary");
    int maxWords = s.integer("max_words", 140, 30, 1000);
    String summarizer = s.string("summarizer", "extractive");
    if (!summarizer.equals("extractive") && !summarizer.equals("llm")) {
      throw s.error("summarizer", "must be extractive or llm, got \"" + summarizer + "\"");
    }
    YamlSection l = s.section("llm");
    HeraldConfig.Llm llm = new HeraldConfig.Llm(
        l.url("base_url", "http://localhost:11434/v1", HTTP, "an http(s)"),
        l.string("model", "llama3.1"),
        l.string("api_key_env", "HERALD_LLM_API_KEY"),
        l.integer("timeout_seconds", 60, 1, 600));
    l.rejectUnknown();
    s.rejectUnknown();

    YamlSection st = root.section("stories");
    HeraldConfig.Stories stories = new HeraldConfig.Stories(st.integer("window_hours", 48, 1, 24 * 30));
    st.rejectUnknown();

    YamlSection f = root.section("fetch");
    HeraldConfig.Fetch fetch = new HeraldConfig.Fetch(
        f.url("contact_url", "https://github.com/herald-news/herald", HTTP, "an http(s)"),
        f.integer("timeout_seconds", 20, 1, 300),
        f.longValue("max_feed_bytes", 10L * 1024 * 1024, 1024, 1024L * 1024 * 1024),
        f.bool("allow_private_addresses", false),
        f.integer("max_consecutive_failures", HeraldConfig.Fetch.DEFAULT_MAX_CONSECUTIVE_FAILURES, 1, 1000),
        f.integer("max_concurrent_per_host", 2, 1, 16),
        f.integer("alert_max_age_hours", 24, 1, 24 * 30));
    f.rejectUnknown();

    YamlSection ft = root.section("full_text");
    HeraldConfig.FullText d0 = HeraldConfig.FullText.defaults();
    HeraldConfig.FullText fullText = new HeraldConfig.FullText(
        ft.bool("enabled", d0.enabled()),
        ft.integer("teaser_words", d0.teaserWords(), 0, 10_000),
        ft.integer("pages_per_poll", d0.pagesPerPoll(), 0, 10_000),
        ft.integer("seconds_per_poll", d0.secondsPerPoll(), 1, 3600),
        ft.integer("per_host_delay_seconds", d0.perHostDelaySeconds(), 0, 600),
        ft.longValue("max_page_bytes", d0.maxPageBytes(), 16 * 1024, 100L * 1024 * 1024));
    ft.rejectUnknown();

    YamlSection c = root.section("console");
    HeraldConfig.Console console =
        new HeraldConfig.Console(c.string("channel", "console"), c.zone("time_zone", zone));
    c.rejectUnknown();

    YamlSection sl = root.section("slack");
    HeraldConfig.Slack slack = new HeraldConfig.Slack(
        sl.url("api_url", "https://slack.com/api/", HTTP, "an http(s)"),
        sl.strings("admins"),
        sl.bool("multi_workspace", false),
        sl.integer("http_port", 3000, 1, 65535),
        BindAddress.read(sl, "http_host", HeraldConfig.Slack.ANY_HOST));
    sl.rejectUnknown();

    YamlSection d = root.section("discord");
    HeraldConfig.Discord discord = new HeraldConfig.Discord(
        d.url("rest_url", "https://discord.com/api/v10/", HTTP, "an http(s)"),
        d.url("gateway_url", "wss://gateway.discord.gg/", Set.of("ws", "wss"), "a ws(s)"),
        d.strings("dev_guild_ids"),
        d.integer("shards", 1, 1, 1024));
    d.rejectUnknown();

    HeraldConfig.Delivery delivery = delivery(root.section("delivery"));

    YamlSection o = root.section("ops");
    HeraldConfig.Ops ops = new HeraldConfig.Ops(
        BindAddress.read(o, "http_host", HeraldConfig.Ops.LOOPBACK),
        o.integer("http_port", 0, 0, 65535));
    o.rejectUnknown();

    YamlSection lg = root.section("logging");
    String format = lg.string("format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw lg.error("format", "must be text or json, got \"" + dev.herald.text.Echo.of(format) + "\"");
    }
    HeraldConfig.Logging logging = new HeraldConfig.Logging(HeraldConfig.Logging.Format.valueOf(
        format.toUpperCase(java.util.Locale.ROOT)));
    lg.rejectUnknown();

    root.rejectUnknown();
    return new HeraldConfig(home, dataDir, database, zone, briefing,
        new HeraldConfig.Summary(maxWords, summarizer, llm), stories, fetch, console, slack, discord, delivery,
        fullText, ops, logging);
  }

  /** The {@code delivery:} section; an empty one gives the defaults ({@link HeraldConfig.Delivery#defaults()}). */
  static HeraldConfig.Delivery delivery(YamlSection d) {
    YamlSection a = d.section("alerts");
    HeraldConfig.Alerts alerts = new HeraldConfig.Alerts(
        a.integer("new_story_min_outlets", 1, 1, 100),
        a.integer("growth_outlets", 3, 1, 100),
        a.integer("cooldown_minutes", 30, 0, 24 * 60),
        a.integer("daily_cap", 10, 0, 1000));
    a.rejectUnknown();
    YamlSection l = d.section("living");
    HeraldConfig.Living living = new HeraldConfig.Living(l.integer("max_edits_per_hour", 4, 0, 60));
    l.rejectUnknown();
    HeraldConfig.Limits slack = limits(d.section("slack"), 1.0, 1, 0, 0, 1000);
    HeraldConfig.Limits discord = limits(d.section("discord"), 1.0, 5, 0, 50, 5000);
    HeraldConfig.Delivery delivery = new HeraldConfig.Delivery(
        d.integer("poll_tick_seconds", 30, 1, 3600),
        d.integer("scheduler_poll_seconds", 10, 1, 600),
        d.integer("late_after_minutes", 10, 1, 24 * 60),
        d.integer("late_merge_minutes", 60, 0, 24 * 60),
        d.integer("senders", 8, 1, 256),
        d.integer("max_attempts", 8, 1, 100),
        d.integer("max_rate_limited", 50, 1, 10_000),
        d.integer("backoff_base_seconds", 5, 1, 3600),
        d.integer("backoff_max_seconds", 900, 1, 86_400),
        d.integer("lease_seconds", 30, 2, 3600),
        d.integer("shutdown_grace_seconds", 10, 0, 600),
        d.integer("retention_days", 14, 1, 3650),
        alerts, living, slack, discord);
    d.rejectUnknown();
    return delivery;
  }

  private static HeraldConfig.Limits limits(YamlSection s, double perChannel, int burst, double perWorkspace,
      double global, int invalid) {
    HeraldConfig.Limits limits = new HeraldConfig.Limits(
        s.decimal("per_channel_per_second", perChannel, 0.001, 1000),
        s.integer("per_channel_burst", burst, 1, 1000),
        s.decimal("per_workspace_per_second", perWorkspace, 0, 100_000),
        s.decimal("global_per_second", global, 0, 100_000),
        s.integer("invalid_budget", invalid, 1, 1_000_000));
    s.rejectUnknown();
    return limits;
  }

  /** The file as the user would type it: relative to home when inside it. */
  static String display(Path home, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path h = home.toAbsolutePath().normalize();
    return abs.startsWith(h) ? h.relativize(abs).toString() : abs.toString();
  }
}
