package dev.herald.chat;

import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import dev.herald.store.Stores;
import dev.herald.stories.StoryFinder;
import dev.herald.stories.StoryRanker;
import dev.herald.stories.StoryVisibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers chat commands for every platform: {@link ChatCommand} in, a {@link ChatReply} with a view out. Reads the
 * store (and writes channel settings); it never fetches a feed or writes a summary, so it answers quickly.
 * Thread-safe.
 */
public final class ChatService {
  private final Stores stores;
  private final ChatSettings settings;
  private final StoryCommands storyCommands;
  private final SettingsCommands settingsCommands;
  private final FeedAdmin feeds;
  private final List<StatusSection> status;
  private final DeliveryAdmin delivery;
  private final Suggestions suggestions;
  private final Clock clock;

  private ChatService(Builder b) {
    this.stores = Objects.requireNonNull(b.stores, "stores == null");
    this.settings = Objects.requireNonNull(b.settings, "settings == null");
    this.clock = Objects.requireNonNull(b.clock, "clock == null");
    this.storyCommands = new StoryCommands(stores, Objects.requireNonNull(b.finder, "finder == null"),
        Objects.requireNonNull(b.ranker, "ranker == null"), b.visibility, settings, clock);
    this.settingsCommands = new SettingsCommands(stores, Objects.requireNonNull(b.topics, "topics == null"),
        Objects.requireNonNull(b.schedules, "schedules == null"), clock);
    this.feeds = b.feeds;
    this.status = List.copyOf(b.status);
    this.delivery = b.delivery;
    this.suggestions = new Suggestions(b.topics, stores, b.visibility, clock);
  }

  public static Builder builder() {
    return new Builder();
  }

  public ChatReply handle(ChatRequest request) {
    Channel channel = channel(request.channel());
    ChatReply reply = answer(request, channel);
    // what the user was just shown is what a later /sources or /expand without a story number means
    shownStory(reply.view()).ifPresent(id ->
        stores.channels().showed(channel.key(), request.actor().userId(), id, clock.instant()));
    return reply;
  }

  /** The story a reply shows (the first one of a list). */
  private static Optional<Long> shownStory(View view) {
    if (view instanceof StoryView s) return Optional.of(s.storyId());
    if (view instanceof SectionView s) return Optional.of(s.story().storyId());
    if (view instanceof SourcesView s) return Optional.of(s.storyId());
    if (view instanceof LookupView l && !l.stories().isEmpty()) return Optional.of(l.stories().get(0).storyId());
    if (view instanceof BriefingView b && !b.stories().isEmpty()) return Optional.of(b.stories().get(0).storyId());
    return Optional.empty();
  }

  private ChatReply answer(ChatRequest request, Channel channel) {
    ChatCommand cmd = request.command();
    if (cmd instanceof ChatCommand.Brief b) {
      return storyCommands.brief(channel.key().workspace(), b.query(), channel.zone());
    }
    if (cmd instanceof ChatCommand.Sources s) {
      return storyCommands.sources(channel.key(), request.actor(), s.story(), channel.zone());
    }
    if (cmd instanceof ChatCommand.Expand e) {
      return storyCommands.expand(channel.key(), request.actor(), e.story(), e.section(), channel.zone());
    }
    if (cmd instanceof ChatCommand.Topics) return settingsCommands.topics(channel.key());
    if (cmd instanceof ChatCommand.Help) return ChatReply.privately(HelpText.view(channel.key().platform()));
    if (cmd instanceof ChatCommand.Status) return ChatReply.privately(status(channel));
    if (cmd instanceof ChatCommand.Feeds f && f.action().equals("list")) return feeds(channel, f);
    if (cmd instanceof ChatCommand.Schedule s && !s.changes()) return settingsCommands.schedule(channel, s);
    // everything below changes settings
    if (!request.actor().canManage()) {
      return ChatReply.error("Only " + request.actor().managers() + " can change Herald's settings here.");
    }
    if (cmd instanceof ChatCommand.Schedule s) return settingsCommands.schedule(channel, s);
    if (cmd instanceof ChatCommand.Subscribe s) return settingsCommands.subscribe(channel, s.topic());
    if (cmd instanceof ChatCommand.Unsubscribe u) return settingsCommands.unsubscribe(channel.key(), u.topic());
    if (cmd instanceof ChatCommand.Feeds f) return feeds(channel, f);
    if (cmd instanceof ChatCommand.Retry) return retry(channel.key());
    throw new IllegalStateException("unhandled command " + cmd);
  }

  /** What a user may mean while typing an option (topics, subscriptions, stories, sections), for any platform. */
  public Suggestions suggestions() {
    return suggestions;
  }

  /** The channel's settings; a channel Herald has not seen is stored with the defaults. */
  public Channel channel(ChannelKey key) {
    Optional<Channel> known = stores.channels().find(key);
    if (known.isPresent()) return known.get();
    Channel fresh = Channel.of(key, settings.defaultZone());
    stores.channels().save(fresh);
    return fresh;
  }

  private ChatReply feeds(Channel channel, ChatCommand.Feeds f) {
    if (feeds == null) return ChatReply.error("Feeds are managed in config/feeds.yaml on this Herald instance.");
    try {
      switch (f.action()) {
        case "list":
          List<String> lines = feeds.list(channel.key().workspace());
          return ChatReply.privately(InfoView.of("Feeds",
              lines.isEmpty() ? List.of("No feeds yet: /herald feeds add <url>") : lines));
        case "add":
          if (f.args().isEmpty()) return ChatReply.error("Usage: /herald feeds add <url> [name] [topics...]");
          return ChatReply.privately(NoticeView.success(feeds.add(channel.key().workspace(), f.args())));
        case "remove":
          if (f.args().size() != 1) return ChatReply.error("Usage: /herald feeds remove <id> (ids: /herald feeds)");
          return ChatReply.privately(NoticeView.success(feeds.remove(channel.key().workspace(), f.args().get(0))));
        case "check":
          return ChatReply.privately(InfoView.of("Feed check", feeds.check(channel.key().workspace())));
        default:
          return ChatReply.error("Unknown feeds action \u201c" + ChatCommandParser.shorten(f.action())
              + "\u201d; use list, add, remove or check.");
      }
    } catch (IllegalArgumentException e) {
      return ChatReply.error(e.getMessage());
    }
  }

  private InfoView status(Channel channel) {
    List<InfoView.Block> blocks = new ArrayList<>();
    for (StatusSection s : status) blocks.add(s.report(channel.key()));
    return new InfoView("Herald status", blocks);
  }

  private ChatReply retry(ChannelKey channel) {
    if (delivery == null) return ChatReply.privately(NoticeView.info("Nothing is waiting to be sent."));
    int n = delivery.retry(channel);
    return ChatReply.privately(n == 0
        ? NoticeView.info("Nothing is parked for this channel.")
        : NoticeView.success("Requeued " + n + (n == 1 ? " delivery." : " deliveries.")));
  }

  /** Builds a {@link ChatService}; stores, settings, finder, ranker, topics, schedules and clock are required. */
  public static final class Builder {
    private Stores stores;
    private ChatSettings settings;
    private StoryFinder finder;
    private StoryRanker ranker;
    private TopicDirectory topics;
    private ScheduleListener schedules;
    private FeedAdmin feeds;
    private final List<StatusSection> status = new ArrayList<>();
    private DeliveryAdmin delivery;
    private StoryVisibility visibility = StoryVisibility.ALL;
    private Clock clock;

    public Builder stores(Stores v) {
      this.stores = v;
      return this;
    }

    public Builder settings(ChatSettings v) {
      this.settings = v;
      return this;
    }

    public Builder finder(StoryFinder v) {
      this.finder = v;
      return this;
    }

    public Builder ranker(StoryRanker v) {
      this.ranker = v;
      return this;
    }

    public Builder topics(TopicDirectory v) {
      this.topics = v;
      return this;
    }

    public Builder schedules(ScheduleListener v) {
      this.schedules = v;
      return this;
    }

    /** Optional: without it, {@code /herald feeds} points at the config file. */
    public Builder feeds(FeedAdmin v) {
      this.feeds = v;
      return this;
    }

    public Builder status(StatusSection v) {
      this.status.add(v);
      return this;
    }

    /** Optional: without it, {@code /herald retry} has nothing to requeue. */
    public Builder delivery(DeliveryAdmin v) {
      this.delivery = v;
      return this;
    }

    /** Which stories each workspace may see; every story when not set (an instance without workspace feeds). */
    public Builder visibility(StoryVisibility v) {
      this.visibility = Objects.requireNonNull(v, "visibility == null");
      return this;
    }

    public Builder clock(Clock v) {
      this.clock = v;
      return this;
    }

    public ChatService build() {
      return new ChatService(this);
    }
  }
}
