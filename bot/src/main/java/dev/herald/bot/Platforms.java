package dev.herald.bot;

import dev.herald.bot.console.ConsoleChannel;
import dev.herald.bot.console.ConsoleOutput;
import dev.herald.bot.console.ConsolePublisher;
import dev.herald.bot.discord.DiscordBot;
import dev.herald.bot.ops.MicrometerMetrics;
import dev.herald.bot.ops.Ops;
import dev.herald.bot.ops.Readiness;
import dev.herald.bot.slack.SlackAdapter;
import dev.herald.bot.slack.SlackHealth;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.ConfigException;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.model.Channel;
import dev.herald.model.Platform;
import dev.herald.runtime.ServicePorts;
import dev.herald.delivery.DeliveryEngine;
import dev.herald.pipeline.Pipeline;
import dev.herald.status.DeploymentStatus;
import dev.herald.status.InstanceStatus;
import dev.herald.status.StatusBeacon;
import dev.herald.status.StatusSource;
import dev.herald.store.Database;
import dev.herald.store.InstanceStatusStore;
import dev.herald.store.InteractionClaims;
import dev.herald.store.InstallationStore;
import dev.herald.store.OutboxStore;
import dev.herald.store.RunLeaseStore;
import java.time.Clock;
import java.time.Duration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service's edge, part of {@link Herald#start}: the platform adapters whose tokens are set, or the console
 * channel when none is, each added to delivery as a publisher, and the ops endpoint. Closing stops the page worker,
 * then delivery (finishing or releasing in-flight sends), then the adapters.
 */
final class Platforms implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Platforms.class);

  private final DeliveryEngine delivery;
  private final AutoCloseable pages;
  private final ExecutorService polls;
  private final List<AutoCloseable> adapters;
  private final List<String> started;
  private final Optional<ConsoleChannel> console;
  private final Optional<Ops> ops;
  private boolean closed;

  private Platforms(DeliveryEngine delivery, AutoCloseable pages, ExecutorService polls, List<AutoCloseable> adapters,
      List<String> started, Optional<ConsoleChannel> console, Optional<Ops> ops) {
    this.ops = ops;
    this.delivery = delivery;
    this.pages = pages;
    this.polls = polls;
    this.adapters = adapters;
    this.started = started;
    this.console = console;
  }

  /**
   * Starts the adapters the secrets allow over {@code delivery}, which is started once they are added; on failure,
   * closes everything it was given.
   *
   * @param chat the chat service's builder with its core parts; the adapters add their status sections
   * @param pages the background page worker
   * @param polls where manual polls run
   * @throws ConfigException when a platform's secrets are incomplete or refused
   */
  static Platforms start(Herald app, DeliveryEngine delivery, ChatService.Builder chat, AutoCloseable pages,
      ExecutorService polls, Secrets secrets, PrintWriter out) throws Exception {
    HeraldConfig config = app.config();
    Clock clock = app.clock();
    Database db = app.database();
    boolean slackWanted = slackWanted(config, secrets);
    boolean discordWanted = secrets.discordToken().isPresent();
    SlackHealth slackHealth = new SlackHealth(clock);
    if (slackWanted) chat.status(slackHealth);
    DiscordBot discord = discordWanted
        ? DiscordBot.prepare(config.discord(), secrets, clock).metrics(app.metrics())
            .interactions(InteractionClaims.sql(db)).pauses(app.deliveryStores().outbox()) : null;
    if (discord != null) chat.status(discord.status());
    StatusBeacon beacon = null;
    if (db.vendor() == Database.Vendor.POSTGRESQL) {
      // several instances may share the database: /herald status on any of them shows every live one
      List<StatusSource> sources = new ArrayList<>();
      sources.add(now -> InstanceStatus.sending(delivery.sending()));
      if (slackWanted) sources.add(slackHealth);
      if (discord != null) sources.add(discord.instanceStatus());
      InstanceStatusStore reports = InstanceStatusStore.sql(db);
      RunLeaseStore leases = RunLeaseStore.sql(db);
      beacon = new StatusBeacon(app.name(), reports, sources, clock);
      chat.status(new DeploymentStatus(beacon, reports, now -> leases.holder(Pipeline.LEASE, now), clock));
    }
    ChatService service = chat.build();

    List<AutoCloseable> adapters = new ArrayList<>();
    List<String> started = new ArrayList<>();
    Optional<ConsoleChannel> console = Optional.empty();
    Readiness readiness = new Readiness(Duration.ofSeconds(2), clock)
        .add("database", () -> {
          Database.Health h = db.health();
          return h.reachable() ? Optional.empty() : Optional.of(h.problem());
        })
        .add("migrations", () -> {
          Database.Health h = db.health();
          return !h.reachable() ? Optional.of("unknown: the database is unreachable")
              : h.migrated() ? Optional.empty() : Optional.of(h.problem());
        })
        .add("scheduler", Readiness.flag(delivery::running, "delivery and its scheduler are not running"));
    Optional<Ops> ops = Optional.empty();
    try {
      if (slackWanted) {
        SlackAdapter slack = SlackAdapter.builder().config(config.slack()).secrets(secrets).chat(service)
            .installations(InstallationStore.sql(db, clock)).clock(clock).health(slackHealth)
            .metrics(app.metrics()).build();
        slack.start();
        adapters.add(slack);
        readiness.add("slack", slack::connectionProblem);
        delivery.addPublisher(slack.publisher());
        started.add(slack.mode() == SlackAdapter.Mode.SOCKET ? "Slack (Socket Mode)"
            : "Slack (HTTP mode on " + slack.httpAddress().map(a -> a.getHostString() + ":" + a.getPort())
                .orElse("port " + slack.httpPort()) + ")");
      }
      if (discord != null) {
        // the instances already sending Discord's outbox give up part of the bot's global limit before this one's
        // login and command registration, which delivery does not pace, are made
        delivery.joinAndWait(Platform.DISCORD);
        discord.start(service);
        adapters.add(discord);
        readiness.add("discord", discord::connectionProblem);
        delivery.addPublisher(discord.publisher());
        started.add("Discord (" + config.discord().shards() + " shard"
            + (config.discord().shards() == 1 ? "" : "s") + ")");
      }
      if (!slackWanted && !discordWanted) {
        ConsoleOutput terminal = new ConsoleOutput(out);
        ConsoleChannel channel = new ConsoleChannel(config.console().channel(), service, terminal);
        Channel settings = service.channel(channel.key());
        if (settings.briefingAt().isEmpty()) {
          settings = settings.withBriefingAt(Optional.of(config.briefing().time()), config.console().timeZone());
          app.stores().channels().save(settings);
        }
        delivery.addPublisher(new ConsolePublisher(terminal));
        delivery.scheduleChanged(settings);
        console = Optional.of(channel);
        started.add("the console channel (no SLACK_BOT_TOKEN or DISCORD_TOKEN set); daily briefing at "
            + settings.briefingAt().get() + " " + settings.zone().getId());
      }
      delivery.start();
      if (beacon != null) {
        beacon.start();
        adapters.add(beacon);
      }
      // the recurring poll first fires one tick after start; read the feeds now instead of leaving them unread
      polls.execute(delivery::poll);
      if (config.ops().enabled()) {
        MicrometerMetrics meters = (MicrometerMetrics) app.metrics();
        OutboxStore outbox = app.deliveryStores().outbox();
        ops = Optional.of(Ops.start(config.ops(), meters, readiness, List.of(
            () -> meters.storiesLive(app.liveStories()),
            () -> meters.outboxUnsent(outbox.unsentByPlatform()))));
        started.add("the ops endpoint on " + config.ops().httpHost() + ":" + ops.get().port());
      } else {
        readiness.close();
      }
    } catch (Exception | Error e) {
      closeQuietly(pages);
      readiness.close();
      delivery.stop();
      for (AutoCloseable a : adapters) closeQuietly(a);
      if (discord != null && !adapters.contains(discord)) closeQuietly(discord);
      polls.shutdownNow();
      throw e;
    }
    return new Platforms(delivery, pages, polls, adapters, started, console, ops);
  }

  /** Whether {@link #start} runs the console channel: no Slack or Discord adapter is configured. */
  static boolean runsConsole(HeraldConfig config, Secrets secrets) {
    return !slackWanted(config, secrets) && secrets.discordToken().isEmpty();
  }

  /**
   * Slack is wanted when any of its secrets is set: an app token or signing secret without the bot token is a Slack
   * set-up missing a secret (named in one line when Slack starts), not a reason to run the console instead.
   */
  private static boolean slackWanted(HeraldConfig config, Secrets secrets) {
    return config.slack().multiWorkspace() || secrets.slackBotToken().isPresent()
        || secrets.slackAppToken().isPresent() || secrets.slackSigningSecret().isPresent();
  }

  /** "Slack (socket mode), Discord (1 shard)". */
  String describe() {
    return String.join(", ", started);
  }

  /**
   * What {@code /herald schedule} tells when a channel's briefing time changes: the running scheduler, which
   * (re)schedules that channel's next briefing.
   */
  ScheduleListener schedules() {
    return ServicePorts.schedules(delivery);
  }

  /** The console channel, when no platform runs. */
  Optional<ConsoleChannel> console() {
    return console;
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    ops.ifPresent(Ops::close);
    closeQuietly(pages); // before delivery: what its last round re-summarises still reaches delivery
    delivery.stop();
    polls.shutdownNow();
    for (AutoCloseable a : adapters) closeQuietly(a);
  }

  private static void closeQuietly(AutoCloseable a) {
    try {
      a.close();
    } catch (Exception e) {
      log.warn("closing {}: {}", a, e.toString());
    }
  }
}
