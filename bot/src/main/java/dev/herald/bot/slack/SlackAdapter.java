package dev.herald.bot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.herald.chat.ChatService;
import dev.herald.chat.StatusSection;
import dev.herald.config.ConfigException;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.delivery.Publisher;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.InstallationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Herald in Slack: Bolt with Herald's commands and buttons, connected by Socket Mode when {@code SLACK_APP_TOKEN} is
 * set and by HTTP otherwise, single-workspace ({@code SLACK_BOT_TOKEN}) or multi-workspace OAuth
 * ({@code slack.multi_workspace}). Gives delivery its {@link #publisher()} and status its {@link #status()}.
 *
 * <p>Build with {@link #builder()}; {@link #start()} connects, {@link #close()} disconnects and stops the workers.
 */
public final class SlackAdapter implements AutoCloseable {
  /** How Slack reaches Herald. */
  public enum Mode {
    SOCKET,
    HTTP
  }

  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  private final App app;
  private final String apiUrl;
  private final Mode mode;
  private final Optional<String> appToken;
  private final boolean multiWorkspace;
  private final int port;
  private final String host;
  private final Optional<SlackSignatures> signatures;
  private final SlackHttpServer.Limits limits;
  private final SlackHealth health;
  private final SlackPublisher publisher;
  private final ThreadPoolExecutor workers;
  private SocketModeApp socket;
  private SlackHttpServer http;
  /** Socket Mode: why Slack cannot reach Herald now, as the connection last said ("" when connected). */
  private final java.util.concurrent.atomic.AtomicReference<String> socketProblem =
      new java.util.concurrent.atomic.AtomicReference<>("not connected yet");

  private SlackAdapter(Builder b, SlackSecrets s) {
    Slack slack = SlackClients.slack(b.config.apiUrl());
    this.apiUrl = b.config.apiUrl();
    this.health = b.health != null ? b.health : new SlackHealth(b.clock);
    this.mode = s.appToken().isPresent() ? Mode.SOCKET : Mode.HTTP;
    this.appToken = s.appToken();
    this.multiWorkspace = b.config.multiWorkspace();
    this.port = b.port.orElse(b.config.httpPort());
    this.host = b.config.httpHost();
    this.limits = b.limits;
    this.signatures = s.signingSecret().map(secret -> new SlackSignatures(secret, Clock.systemUTC()));
    SlackBotTokens tokens = multiWorkspace ? SlackBotTokens.installed(b.installations) : SlackBotTokens.single(s.botToken().get());
    this.publisher = new SlackPublisher(SlackWebApi.create(b.config.apiUrl()), tokens, health);
    this.app = SlackBolt.app(slack, multiWorkspace ? Optional.empty() : s.botToken(), s.signingSecret(),
        s.clientId(), s.clientSecret(), s.redirectUri());
    if (multiWorkspace) app.service(new SlackInstallationService(b.installations, b.clock));
    this.workers = SlackWorkers.bounded("slack-interactions", b.workers, 1_000);
    SlackResponder responder = new SlackResponder(slack, health, b.pause);
    SlackPermissions permissions = new SlackPermissions(slack, b.config.admins(), b.clock, health);
    new SlackCommands(b.chat, responder, permissions, workers, b.metrics).register(app);
    new SlackButtons(new SlackButtonActions(b.chat, responder, new SlackExpandedMessages()), workers).register(app);
    registerUninstall(b.installations);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The common wiring: {@code builder().config(..).secrets(..).chat(..).installations(..).clock(..).build()}. */
  public static SlackAdapter create(HeraldConfig.Slack config, Secrets secrets, ChatService chat,
      InstallationStore installations, Clock clock) {
    return builder().config(config).secrets(secrets).chat(chat).installations(installations).clock(clock).build();
  }

  /**
   * Connects: checks the bot token (single workspace), then opens the Socket Mode connection or the HTTP endpoint.
   * Multi-workspace OAuth always serves HTTP for the install and redirect pages, also in Socket Mode.
   *
   * @throws ConfigException when Slack refuses the token
   */
  public void start() throws Exception {
    try {
      app.start();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SlackLogin.failure(e.getMessage(), apiUrl), e);
    }
    List<String> paths = new ArrayList<>();
    if (mode == Mode.HTTP) paths.add(SlackHttpServer.EVENTS_PATH);
    if (multiWorkspace) paths.addAll(List.of(SlackBolt.INSTALL_PATH, SlackBolt.REDIRECT_PATH));
    if (!paths.isEmpty()) {
      http = new SlackHttpServer(app, signatures, host, port, paths, limits);
      http.start();
    }
    if (mode == Mode.SOCKET) {
      socket = new SocketModeApp(appToken.get(), app);
      socket.startAsync();
      socketProblem.set("");
      // followed from what the connection says: closed (and reconnecting), or a message again (hello, an event)
      socket.getClient().addWebSocketCloseListener((code, reason) ->
          socketProblem.set("Socket Mode connection closed (" + code + "), reconnecting"));
      socket.getClient().addWebSocketMessageListener(message -> socketProblem.set(""));
      log.info("Slack Socket Mode connected");
    }
  }

  public Mode mode() {
    return mode;
  }

  /** The port the HTTP endpoint listens on (the configured one, or the one picked for port 0); -1 when none. */
  public int httpPort() {
    return http == null ? -1 : http.port();
  }

  /** The address the HTTP endpoint is bound to ({@code slack.http_host}), when it runs. */
  public Optional<java.net.InetSocketAddress> httpAddress() {
    return http == null ? Optional.empty() : Optional.of(http.address());
  }

  /**
   * Why Slack cannot reach Herald now, if so: not started, the HTTP endpoint down, or the Socket Mode connection closed
   * (until Slack's next message on the new one). Read from the connection's state; Slack is never asked.
   */
  public Optional<String> connectionProblem() {
    if (mode == Mode.SOCKET) {
      if (socket == null) return Optional.of("not started");
      if (socket.isClientStopped()) return Optional.of("Socket Mode client stopped");
      String p = socketProblem.get();
      return p.isEmpty() ? Optional.empty() : Optional.of(p);
    }
    return http == null ? Optional.of("HTTP endpoint not started") : Optional.empty();
  }

  /** Posts, edits and finds delivered messages. */
  public Publisher publisher() {
    return publisher;
  }

  /** Slack API errors since start-up, for {@code /herald status}. */
  public StatusSection status() {
    return health;
  }

  @Override
  public void close() {
    try {
      if (socket != null) socket.close();
    } catch (Exception e) {
      log.warn("closing Socket Mode: {}", e.toString());
    }
    if (http != null) http.close();
    app.stop();
    SlackWorkers.stop(workers);
  }

  /** An uninstalled app or revoked bot token: forget the installation, and say so in status. */
  private void registerUninstall(InstallationStore installations) {
    app.event(AppUninstalledEvent.class, (req, ctx) -> {
      forget(installations, ctx.getTeamId(), "app_uninstalled");
      return ctx.ack();
    });
    app.event(TokensRevokedEvent.class, (req, ctx) -> {
      TokensRevokedEvent.Tokens t = req.getEvent().getTokens();
      if (t != null && t.getBot() != null && !t.getBot().isEmpty()) forget(installations, ctx.getTeamId(),
          "tokens_revoked");
      return ctx.ack();
    });
  }

  private void forget(InstallationStore installations, String teamId, String why) {
    if (teamId == null) return;
    WorkspaceKey w = new WorkspaceKey(Platform.SLACK, teamId);
    if (installations != null) installations.delete(w);
    health.failed(w, "", "events", why);
  }

  /** Options of a {@link SlackAdapter}; config, secrets, chat and clock are required, installations for OAuth. */
  public static final class Builder {
    private HeraldConfig.Slack config;
    private Secrets secrets;
    private ChatService chat;
    private InstallationStore installations;
    private Clock clock;
    private SlackPause pause = SlackPause.SLEEP;
    private Optional<Integer> port = Optional.empty();
    private int workers = 4;
    private SlackHealth health;
    private SlackHttpServer.Limits limits = SlackHttpServer.Limits.DEFAULT;
    private HeraldMetrics metrics = HeraldMetrics.NONE;

    public Builder config(HeraldConfig.Slack v) {
      this.config = v;
      return this;
    }

    public Builder secrets(Secrets v) {
      this.secrets = v;
      return this;
    }

    public Builder chat(ChatService v) {
      this.chat = v;
      return this;
    }

    /** Where multi-workspace installs are kept; required when {@code slack.multi_workspace} is true. */
    public Builder installations(InstallationStore v) {
      this.installations = v;
      return this;
    }

    public Builder clock(Clock v) {
      this.clock = v;
      return this;
    }

    /** How to wait out a 429 in interactive answers (tests record instead of sleeping). */
    public Builder pause(SlackPause v) {
      this.pause = v;
      return this;
    }

    /** Overrides {@code slack.http_port}; 0 picks a free port (tests). */
    public Builder httpPort(int v) {
      this.port = Optional.of(v);
      return this;
    }

    /**
     * Where Slack API errors are recorded; pass the one given to {@code ChatService.builder().status(..)} so that
     * {@code /herald status} shows them (the adapter is built after the chat service). Default: a new one.
     */
    public Builder health(SlackHealth v) {
      this.health = v;
      return this;
    }

    /**
     * HTTP mode's deadlines: headers, body and idle silence (default 10 s each); tests and benchmarks shorten them.
     */
    public Builder httpDeadlines(Duration header, Duration body, Duration idle) {
      this.limits = new SlackHttpServer.Limits(header, body, idle, limits.maxConnections(), limits.workers(),
          limits.queue());
      return this;
    }

    /** Where slash-command acknowledgements are timed (default: nowhere). */
    public Builder metrics(HeraldMetrics v) {
      this.metrics = Objects.requireNonNull(v, "metrics == null");
      return this;
    }

    /** Threads answering interactions after the acknowledgement (default 4). */
    public Builder workers(int v) {
      if (v < 1) throw new IllegalArgumentException("workers < 1: " + v);
      this.workers = v;
      return this;
    }

    /** @throws ConfigException naming the missing secret when the mode needs one that is not set */
    public SlackAdapter build() {
      Objects.requireNonNull(config, "config == null");
      Objects.requireNonNull(secrets, "secrets == null");
      Objects.requireNonNull(chat, "chat == null");
      Objects.requireNonNull(clock, "clock == null");
      if (config.multiWorkspace() && installations == null) {
        throw new IllegalStateException("multi-workspace Slack needs an InstallationStore");
      }
      return new SlackAdapter(this, SlackSecrets.check(secrets, config.multiWorkspace()));
    }
  }
}
