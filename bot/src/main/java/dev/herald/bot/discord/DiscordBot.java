package dev.herald.bot.discord;

import dev.herald.threads.DaemonThreads;
import dev.herald.chat.ChatService;
import dev.herald.chat.StatusSection;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.config.ConfigException;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.delivery.Publisher;
import dev.herald.feeds.Reasons;
import dev.herald.status.StatusSource;
import dev.herald.store.ChannelPauses;
import dev.herald.store.InteractionClaims;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Herald on Discord: a JDA shard manager (one shard by default, {@code discord.shards}), no privileged intents,
 * REST and gateway URLs from config, slash commands, buttons and autocomplete, and a {@link Publisher} for delivery.
 *
 * <p>Life cycle: {@link #prepare} (checks the token, makes the status section that {@link ChatService} needs), then
 * {@link #start} with the chat service, then {@link #publisher()}; {@link #close()} logs out. At start-up JDA's
 * process-wide default mentions are set to none (JDA's default allows @everyone); every message Herald builds also
 * sets empty allowed mentions itself.
 */
public final class DiscordBot implements AutoCloseable {
  /** Work that takes longer than this is acknowledged with a deferred (ephemeral) reply first. */
  static final Duration DEFER_AFTER = Duration.ofMillis(1500);

  private final HeraldConfig.Discord config;
  private final String token;
  private final Clock clock;
  private final DiscordChannelHealth health;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, DaemonThreads.numbered("herald-discord-worker"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("herald-discord-ack"));
  private volatile ShardManager shards;
  private volatile DiscordPublisher publisher;
  private volatile DiscordCommandRegistrar registrar;
  private Duration deferAfter = DEFER_AFTER;
  private HeraldMetrics metrics = HeraldMetrics.NONE;
  private InteractionClaims claims = InteractionClaims.NONE;

  private DiscordBot(HeraldConfig.Discord config, String token, Clock clock) {
    this.config = config;
    this.token = token;
    this.clock = clock;
    this.health = new DiscordChannelHealth(clock, this::connection);
  }

  /**
   * Checks the configuration; nothing connects yet.
   *
   * @throws ConfigException when {@code DISCORD_TOKEN} is not set
   */
  public static DiscordBot prepare(HeraldConfig.Discord config, Secrets secrets, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    String token = secrets.discordToken().orElseThrow(() -> new ConfigException(
        "DISCORD_TOKEN is not set: put the bot token of your Discord application in the environment"));
    return new DiscordBot(config, token, Objects.requireNonNull(clock, "clock == null"));
  }

  /** The Discord part of {@code /herald status}: the connection and this channel's posting health. */
  public StatusSection status() {
    return health;
  }

  /**
   * Logs in and starts answering interactions (commands and autocomplete, both through {@code chat}); returns while
   * the shards connect (see {@link #awaitReady}).
   */
  public synchronized void start(ChatService chat) {
    if (shards != null) throw new IllegalStateException("already started");
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    registrar = new DiscordCommandRegistrar(config.devGuildIds());
    DiscordListener listener = new DiscordListener(
        new DiscordResponder(chat, workers, timer, deferAfter, metrics),
        new DiscordAutocomplete(chat.suggestions()),
        new DiscordClickGuard(clock), health, registrar);
    DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
        .setShardsTotal(config.shards() > 0 ? config.shards() : -1)
        .setRestConfig(new RestConfig().setBaseUrl(config.restUrl()))
        .setSessionController(new DiscordGateway(config.gatewayUrl()))
        .setCompression(DiscordGateway.compression(config.gatewayUrl()))
        .setEnableShutdownHook(false)
        .addEventListeners(new DiscordInteractionGate(listener, claims, clock, workers));
    try {
      shards = builder.build();
    } catch (InvalidTokenException e) {
      throw new ConfigException("Discord refused DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the"
          + " Developer Portal (Bot, Reset Token)", e);
    } catch (ErrorResponseException e) {
      throw new ConfigException("could not reach Discord at " + config.restUrl() + " (discord.rest_url) to log in: "
          + loginFailure(e), e);
    }
    publisher = new DiscordPublisher(shards, health, this::ready);
  }

  /** Why the login's first request failed, in one line: the network's reason, or what Discord answered. */
  private static String loginFailure(ErrorResponseException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException io) return Reasons.describe(io);
    }
    return "Discord answered " + e.getErrorCode() + ": " + e.getMeaning();
  }

  /**
   * Whether the bot is up: every shard connected, and the slash commands registered (or refused). Until then, and a
   * second after, delivery posts nothing: the login's and the registration's requests count against Discord's global
   * limit, which delivery paces only for its own requests.
   */
  boolean ready() {
    ShardManager s = shards;
    DiscordCommandRegistrar r = registrar;
    if (s == null || r == null || s.getShards().isEmpty()) return false;
    for (JDA shard : s.getShards()) if (shard.getStatus() != JDA.Status.CONNECTED) return false;
    return r.settled(s.getShardsTotal());
  }

  /** Waits until every shard is connected (polling its status); false on timeout. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    ShardManager s = shards;
    if (s == null) throw new IllegalStateException("not started");
    long end = System.nanoTime() + timeout.toNanos();
    while (s.getShards().isEmpty()
        || !s.getShards().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED)) {
      if (System.nanoTime() > end) return false;
      Thread.sleep(20);
    }
    return true;
  }

  /**
   * Where this instance claims each interaction before answering it, so that when several instances run the gateway
   * (each session of a shard receives the shard's events) only one answers; set before {@link #start}. Without it
   * every interaction is answered.
   */
  public DiscordBot interactions(InteractionClaims v) {
    this.claims = Objects.requireNonNull(v, "claims == null");
    return this;
  }

  /**
   * The channels' pauses in the database, when several instances may share it: the lost-access gate then also holds
   * the channels another instance paused, and opens when a {@code /herald retry} answered by any instance lifts the
   * pause. Without it the gate knows this instance's own failures only.
   */
  public DiscordBot pauses(ChannelPauses v) {
    health.shared(Objects.requireNonNull(v, "pauses == null"));
    return this;
  }

  /** This instance's Discord posting problems, for {@code /herald status} on every instance. */
  public StatusSource instanceStatus() {
    return health;
  }

  /** Where interaction acknowledgements are timed; set before {@link #start}. */
  public DiscordBot metrics(HeraldMetrics v) {
    this.metrics = Objects.requireNonNull(v, "metrics == null");
    return this;
  }

  /**
   * Why Discord cannot reach Herald now, if so: not started, or shards not connected (JDA reconnects them). Read from
   * JDA's state; Discord is never asked.
   */
  public Optional<String> connectionProblem() {
    ShardManager s = shards;
    if (s == null) return Optional.of("not started");
    long connected = s.getShards().stream().filter(j -> j.getStatus() == JDA.Status.CONNECTED).count();
    if (!s.getShards().isEmpty() && connected == s.getShards().size()) return Optional.empty();
    return Optional.of(connected + " of " + s.getShardsTotal() + " shards connected");
  }

  /** Delivery's way to post; available after {@link #start}. */
  public Publisher publisher() {
    DiscordPublisher p = publisher;
    if (p == null) throw new IllegalStateException("not started");
    return p;
  }

  /** Logs out and stops the workers; waits up to ten seconds for each. */
  @Override
  public void close() {
    ShardManager s = shards;
    try {
      if (s != null) {
        for (JDA shard : s.getShards()) shard.shutdown();
        for (JDA shard : s.getShards()) shard.awaitShutdown(Duration.ofSeconds(10));
        s.shutdown();
      }
      workers.shutdown();
      timer.shutdownNow();
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** For tests: how long an answer may take before the interaction is deferred. */
  void deferAfter(Duration d) {
    this.deferAfter = d;
  }

  DiscordChannelHealth health() {
    return health;
  }

  ShardManager shards() {
    return shards;
  }

  private String connection() {
    ShardManager s = shards;
    if (s == null) return "not started";
    long connected = s.getShards().stream().filter(j -> j.getStatus() == JDA.Status.CONNECTED).count();
    return connected + " of " + s.getShardsTotal() + " shard" + (s.getShardsTotal() == 1 ? "" : "s")
        + " connected, gateway ping " + (long) s.getAverageGatewayPing() + " ms";
  }

}
