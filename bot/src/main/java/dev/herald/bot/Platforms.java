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
import dev.herald.runtime.Delivery;
import dev.herald.store.Database;
import dev.herald.store.DeliveryStores;
import dev.herald.store.InstallationStore;
import dev.herald.store.OutboxStore;
import java.time.Duration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service's edge, wired on top of {@link App}: delivery (poller, schedules, outbox), article pages read
 * in the background, and the platform adapters whose tokens are set, or the console channel when none is. Closing
 * stops the page worker, then delivery (finishing or releasing in-flight sends), then the adapters.
 */
public final class Platforms implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Platforms.class);

  private final Delivery delivery;
  private final AutoCloseable pages;
  private final ExecutorService polls;
  private final List<AutoCloseable> adapters;
  private final List<String> started;
  private final Optional<ConsoleChannel> console;
  private final Optional<Ops> ops;
  private boolean closed;

  private Platforms(Delivery delivery, AutoCloseable pages, ExecutorService polls, List<AutoCloseable> adapters,
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
   * Starts delivery and the adapters the secrets allow.
   *
   * @throws ConfigException when a platform's secrets are incomplete or refused
   */
  public static Platforms start(App app, Secrets secrets, PrintWriter out) throws Exception {
    Delivery delivery = Delivery.builder()
        .stores(app.stores)
        .database(app.db)
        .pipeline(app.pipeline)
        .feeds(app.feeds::all)
        .briefingBuilder(app.briefings)
        .config(app.config)
        .clock(app.clock)
        .metrics(app.metrics)
        .build();
    // article pages on a worker of their own: a slow site never holds up polling or delivery; the stories whose
    // texts arrive are summarised again, and the cards and alerts showing them follow
    AutoCloseable pages = app.pipeline.readPagesInBackground(
        report -> delivery.engine().afterRun(Delivery.outcome(report)));
    ExecutorService polls = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "herald-poll-now");
      t.setDaemon(true);
      return t;
    });
    ChatService.Builder chat = app.chat(delivery.scheduleListener(),
        feedIds -> polls.execute(() -> delivery.engine().pollNow(feedIds)))
        .delivery(delivery.admin());
    delivery.statusSections().forEach(chat::status);

    boolean slackWanted = slackWanted(app.config, secrets);
    boolean discordWanted = secrets.discordToken().isPresent();
    SlackHealth slackHealth = new SlackHealth(app.clock);
    if (slackWanted) chat.status(slackHealth);
    DiscordBot discord = discordWanted
        ? DiscordBot.prepare(app.config.discord(), secrets, app.clock).metrics(app.metrics) : null;
    if (discord != null) chat.status(discord.status());
    ChatService service = chat.build();

    List<AutoCloseable> adapters = new ArrayList<>();
    List<String> started = new ArrayList<>();
    Optional<ConsoleChannel> console = Optional.empty();
    Readiness readiness = new Readiness(Duration.ofSeconds(2), app.clock)
        .add("database", () -> {
          Database.Health h = app.db.health();
          return h.reachable() ? Optional.empty() : Optional.of(h.problem());
        })
        .add("migrations", () -> {
          Database.Health h = app.db.health();
          return !h.reachable() ? Optional.of("unknown: the database is unreachable")
              : h.migrated() ? Optional.empty() : Optional.of(h.problem());
        })
        .add("scheduler", Readiness.flag(delivery.engine()::running, "delivery and its scheduler are not running"));
    Optional<Ops> ops = Optional.empty();
    try {
      if (slackWanted) {
        SlackAdapter slack = SlackAdapter.builder().config(app.config.slack()).secrets(secrets).chat(service)
            .installations(InstallationStore.sql(app.db, app.clock)).clock(app.clock).health(slackHealth)
            .metrics(app.metrics).build();
        slack.start();
        adapters.add(slack);
        readiness.add("slack", slack::connectionProblem);
        delivery.addPublisher(slack.publisher());
        started.add(slack.mode() == SlackAdapter.Mode.SOCKET ? "Slack (Socket Mode)"
            : "Slack (HTTP mode on " + slack.httpAddress().map(a -> a.getHostString() + ":" + a.getPort())
                .orElse("port " + slack.httpPort()) + ")");
      }
      if (discord != null) {
        discord.start(service);
        adapters.add(discord);
        readiness.add("discord", discord::connectionProblem);
        delivery.addPublisher(discord.publisher());
        started.add("Discord (" + app.config.discord().shards() + " shard"
            + (app.config.discord().shards() == 1 ? "" : "s") + ")");
      }
      if (!slackWanted && !discordWanted) {
        ConsoleOutput terminal = new ConsoleOutput(out);
        ConsoleChannel channel = new ConsoleChannel(app.config.console().channel(), service, terminal);
        Channel settings = service.channel(channel.key());
        if (settings.briefingAt().isEmpty()) {
          settings = settings.withBriefingAt(Optional.of(app.config.briefing().time()), app.config.console().timeZone());
          app.stores.channels().save(settings);
        }
        delivery.addPublisher(new ConsolePublisher(terminal));
        delivery.scheduleListener().scheduleChanged(settings);
        console = Optional.of(channel);
        started.add("the console channel (no SLACK_BOT_TOKEN or DISCORD_TOKEN set); daily briefing at "
            + settings.briefingAt().get() + " " + settings.zone().getId());
      }
      delivery.start();
      // the recurring poll first fires one tick after start; read the feeds now instead of leaving them unread
      polls.execute(() -> delivery.engine().poll());
      if (app.config.ops().enabled()) {
        MicrometerMetrics meters = (MicrometerMetrics) app.metrics;
        OutboxStore outbox = DeliveryStores.sql(app.db, app.clock).outbox();
        ops = Optional.of(Ops.start(app.config.ops(), meters, readiness, List.of(
            () -> meters.storiesLive(app.tracker.liveStories()),
            () -> meters.outboxUnsent(outbox.unsentByPlatform()))));
        started.add("the ops endpoint on " + app.config.ops().httpHost() + ":" + ops.get().port());
      } else {
        readiness.close();
      }
    } catch (Exception | Error e) {
      closeQuietly(pages);
      readiness.close();
      delivery.close();
      for (AutoCloseable a : adapters) closeQuietly(a);
      if (discord != null && !adapters.contains(discord)) closeQuietly(discord);
      polls.shutdownNow();
      throw e;
    }
    return new Platforms(delivery, pages, polls, adapters, started, console, ops);
  }

  /** Whether {@link #start} runs the console channel: no Slack or Discord adapter is configured. */
  public static boolean runsConsole(HeraldConfig config, Secrets secrets) {
    return !slackWanted(config, secrets) && secrets.discordToken().isEmpty();
  }

  private static boolean slackWanted(HeraldConfig config, Secrets secrets) {
    return config.slack().multiWorkspace() || secrets.slackBotToken().isPresent();
  }

  /** "Slack (socket mode), Discord (1 shard)". */
  public String describe() {
    return String.join(", ", started);
  }

  /**
   * What {@code /herald schedule} tells when a channel's briefing time changes: the running scheduler, which
   * (re)schedules that channel's next briefing.
   */
  public ScheduleListener schedules() {
    return delivery.scheduleListener();
  }

  /** The console channel, when no platform runs. */
  public Optional<ConsoleChannel> console() {
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
