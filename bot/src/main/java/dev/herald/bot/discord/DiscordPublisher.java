package dev.herald.bot.discord;

import dev.herald.delivery.PublishException;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Posts views to Discord channels through JDA, one message per call, and never retries (delivery decides).
 *
 * <p>Idempotency: each post carries a nonce derived from the delivery key with {@code enforce_nonce} (JDA 6.5.0
 * sends {@code enforce_nonce: true} whenever a nonce is set), so Discord answers a repeat within a few minutes with
 * the message it already created. Discord cannot search messages by nonce, and does not return nonces in history, so
 * {@link #findPosted} instead reads the channel's last {@value #HISTORY} messages and looks for the key's tag in the
 * custom id of a card's Sources button: that works after any delay, as long as the message is among the recent
 * ones; without Read Message History it answers empty, leaving the nonce window as the guard.
 *
 * <p>Rate limits are left to JDA's per-route limiter (it waits and retries 429s); a send that cannot finish within
 * {@link #TIMEOUT} fails as transient. Lost access pauses the channel (see {@link DiscordChannelHealth}).
 * Thread-safe; must not be called on JDA's own threads.
 */
final class DiscordPublisher implements Publisher {
  static final int HISTORY = 50;
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final ShardManager shards;
  private final DiscordChannelHealth health;
  private final BooleanSupplier ready;

  DiscordPublisher(ShardManager shards, DiscordChannelHealth health, BooleanSupplier ready) {
    this.shards = shards;
    this.health = health;
    this.ready = ready;
  }

  /** Every shard connected and the slash commands registered: see {@link DiscordBot#ready}. */
  @Override
  public boolean ready() {
    return ready.getAsBoolean();
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public String post(ChannelKey channel, View view, String key) throws PublishException {
    MessageCreateData data = single(view, Optional.of(DiscordNonce.tag(key)));
    GuildMessageChannel target = open(channel);
    try {
      Message m = target.sendMessage(data).setNonce(DiscordNonce.nonce(key))
          .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).complete();
      health.succeeded(channel);
      return m.getId();
    } catch (RuntimeException e) {
      throw failed(channel, "post to " + channel, e);
    }
  }

  /**
   * Replaces the message's embeds and buttons. The new Sources button carries no delivery tag: the tag only matters
   * to {@link #findPosted} between a post and delivery recording its id, and an edit needs that id, so it comes
   * later.
   */
  @Override
  public void edit(ChannelKey channel, String messageId, View view) throws PublishException {
    MessageEditData data = MessageEditData.fromCreateData(single(view, Optional.empty()));
    GuildMessageChannel target = open(channel);
    try {
      target.editMessageById(messageId, data).timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).complete();
      health.succeeded(channel);
    } catch (RuntimeException e) {
      throw failed(channel, "edit " + messageId + " in " + channel, e);
    }
  }

  @Override
  public Optional<String> findPosted(ChannelKey channel, String key) throws PublishException {
    GuildMessageChannel target = open(channel);
    String tag = DiscordNonce.tag(key);
    List<Message> recent;
    try {
      recent = target.getHistory().retrievePast(HISTORY).timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .complete();
    } catch (InsufficientPermissionException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      throw failed(channel, "read history of " + channel, e);
    }
    long self = target.getJDA().getSelfUser().getIdLong();
    for (Message m : recent) {
      if (m.getAuthor().getIdLong() != self) continue;
      for (Button b : m.getComponentTree().findAll(Button.class)) {
        Optional<DiscordCustomId> id = DiscordCustomId.parse(b.getCustomId());
        if (id.isPresent() && id.get().tag().equals(Optional.of(tag))) return Optional.of(m.getId());
      }
    }
    return Optional.empty();
  }

  /** A view as exactly one message; a story card carries {@code tag}. */
  private static MessageCreateData single(View view, Optional<String> tag) throws PublishException {
    if (view instanceof StoryView s) return DiscordRenderer.story(s, tag);
    List<MessageCreateData> messages = DiscordRenderer.render(view);
    if (messages.size() != 1) {
      throw new PublishException(PublishException.Kind.REJECTED, view.getClass().getSimpleName() + " needs "
          + messages.size() + " Discord messages; delivery posts one story per message");
    }
    return messages.get(0);
  }

  private GuildMessageChannel open(ChannelKey channel) throws PublishException {
    if (channel.platform() != Platform.DISCORD) throw new IllegalArgumentException("not a Discord channel: " + channel);
    Optional<PublishException> paused = health.gate(channel);
    if (paused.isPresent()) throw paused.get();
    GuildMessageChannel target;
    try {
      target = shards.getChannelById(GuildMessageChannel.class, channel.channelId());
    } catch (NumberFormatException e) {
      throw new PublishException(PublishException.Kind.REJECTED, "not a Discord channel id: " + channel.channelId());
    }
    if (target == null && !reachable(channel.workspace().id())) {
      throw new PublishException(PublishException.Kind.TRANSIENT,
          "Discord is not connected or guild " + channel.workspace().id() + " is unavailable");
    }
    if (target == null || !target.getGuild().getId().equals(channel.workspace().id())) {
      PublishException e = new PublishException(PublishException.Kind.LOST_ACCESS,
          "Unknown Channel: Herald cannot see " + channel + " (deleted, or Herald was removed)");
      health.failed(channel, e);
      throw e;
    }
    return target;
  }

  /** Whether every shard is connected and the guild is not in an outage, so a missing channel is really gone. */
  private boolean reachable(String guildId) {
    long id;
    try {
      id = Long.parseLong(guildId);
    } catch (NumberFormatException e) {
      return true;
    }
    for (JDA shard : shards.getShards()) {
      if (shard.getStatus() != JDA.Status.CONNECTED || shard.isUnavailable(id)) return false;
    }
    return true;
  }

  private PublishException failed(ChannelKey channel, String what, RuntimeException e) {
    PublishException p = DiscordFailures.classify(what, e);
    health.failed(channel, p);
    return p;
  }
}
