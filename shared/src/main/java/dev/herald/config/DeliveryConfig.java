package dev.herald.config;

/** Reads the {@code delivery:} section of {@code herald.yaml}. */
final class DeliveryConfig {
  private DeliveryConfig() {}

  static HeraldConfig.Delivery load(YamlSection d) {
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

  /** Defaults for every key, as an empty section would give. */
  static HeraldConfig.Delivery defaults() {
    return load(YamlSection.empty("delivery"));
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
}
