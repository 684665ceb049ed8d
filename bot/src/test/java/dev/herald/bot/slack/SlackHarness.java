package dev.herald.bot.slack;

import dev.herald.bot.fake.FakeSlackServer;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.model.Channel;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.render.StoryView;
import dev.herald.render.Views;
import dev.herald.store.Database;
import dev.herald.store.InstallationStore;
import dev.herald.store.Stores;
import dev.herald.testing.StoryFixture;
import dev.herald.testing.TestChats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A running Slack adapter in HTTP mode, its store with three stories, and the fake Slack it talks to. */
final class SlackHarness implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  static final String SECRET = "test-signing-secret";

  final FakeSlackServer fake = FakeSlackServer.start();
  final Database db = Database.inMemory();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final Stores stores = Stores.sql(db, clock);
  final InstallationStore installations = InstallationStore.sql(db, clock);
  final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
  final StorySummary strike;
  final StorySummary storm;
  final SlackHealth health = new SlackHealth(clock);
  final SlackAdapter adapter;
  final SignedSlackClient slack;

  SlackHarness(boolean multiWorkspace, Map<String, String> env) throws Exception {
    this(multiWorkspace, env, fake -> {});
  }

  /** @param beforeStart prepares the fake before the adapter connects (a Socket Mode URL) */
  SlackHarness(boolean multiWorkspace, Map<String, String> env,
      java.util.function.Consumer<dev.herald.bot.fake.FakeSlackServer> beforeStart) throws Exception {
    this(multiWorkspace, env, beforeStart, "0.0.0.0", b -> b);
  }

  /**
   * @param httpHost {@code slack.http_host}
   * @param tune changes to the adapter's builder (deadlines, clocks)
   */
  SlackHarness(boolean multiWorkspace, Map<String, String> env,
      java.util.function.Consumer<dev.herald.bot.fake.FakeSlackServer> beforeStart, String httpHost,
      java.util.function.UnaryOperator<SlackAdapter.Builder> tune) throws Exception {
    beforeStart.accept(fake);
    strike = StoryFixture.add(stores, "Rail strike halts trains", List.of("Harbor Times", "Capital Ledger"),
        List.of("Walkout begins", "Talks stall", "What comes next"), NOW.minus(Duration.ofHours(3)));
    storm = StoryFixture.add(stores, "Storm Isolde hits coast", List.of("Northwind Wire"), List.of("Landfall"),
        NOW.minus(Duration.ofHours(2)));
    fake.user("UADMIN", true, false).user("UOWNER", false, true).user("UMEMBER", false, false);
    ChatService chat = TestChats.builder(stores)
        .schedules(new ScheduleListener() {
          @Override
          public void scheduleChanged(Channel c) {}

          @Override
          public Optional<Instant> nextBriefing(Channel c) {
            return Optional.empty();
          }
        })
        .status(health)
        .clock(clock)
        .build();
    adapter = tune.apply(SlackAdapter.builder()
        .config(new HeraldConfig.Slack(fake.apiUrl(), List.of("ULISTED"), multiWorkspace, 3000, httpHost))
        .secrets(new Secrets(env))
        .chat(chat)
        .installations(installations)
        .clock(clock)
        .health(health)
        .pause(pauses::add)
        .httpPort(0)
        .workers(2))
        .build();
    adapter.start();
    slack = new SignedSlackClient(adapter.httpPort(), SECRET);
  }

  static SlackHarness single() throws Exception {
    return new SlackHarness(false, Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", SECRET));
  }

  /** A single-workspace harness listening on {@code httpHost}, its adapter changed by {@code tune}. */
  static SlackHarness single(String httpHost, java.util.function.UnaryOperator<SlackAdapter.Builder> tune)
      throws Exception {
    return new SlackHarness(false, Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", SECRET),
        fake -> {}, httpHost, tune);
  }

  /** The card of a story as the store has it. */
  StoryView view(StorySummary summary) {
    Story story = stores.stories().find(summary.storyId()).orElseThrow();
    return Views.story(story, summary);
  }

  @Override
  public void close() {
    adapter.close();
    fake.close();
    db.close();
  }
}
