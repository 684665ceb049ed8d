package dev.herald.bot.discord;

import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatSyntaxException;
import dev.herald.model.ChannelKey;
import dev.herald.render.NoticeView;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.override.GenericPermissionOverrideEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.role.GenericRoleEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord events to Herald: each interaction is translated into a {@link ChatCommand} and answered by the
 * {@link DiscordResponder}; autocomplete is answered at once; guild changes that may restore access reopen paused
 * channels; a shard's READY registers the slash commands. Thin: no decisions beyond translation.
 */
final class DiscordListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);
  static final String STALE_BUTTON = "This button belongs to an older Herald message. Try /brief for current stories.";
  static final String DM_SETTINGS = "Direct messages have no settings. Run this command in the server channel that"
      + " should get Herald's briefings and alerts (it needs the Manage Channel permission there). Here, /brief,"
      + " /sources and /expand work as usual.";

  private final DiscordResponder responder;
  private final DiscordAutocomplete autocomplete;
  private final DiscordClickGuard clicks;
  private final DiscordChannelHealth health;
  private final DiscordCommandRegistrar registrar;

  DiscordListener(DiscordResponder responder, DiscordAutocomplete autocomplete, DiscordClickGuard clicks,
      DiscordChannelHealth health, DiscordCommandRegistrar registrar) {
    this.responder = responder;
    this.autocomplete = autocomplete;
    this.clicks = clicks;
    this.health = health;
    this.registrar = registrar;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
    Map<String, String> options = new HashMap<>();
    for (OptionMapping o : e.getOptions()) options.put(o.getName(), o.getAsString());
    ChatCommand command;
    try {
      command = DiscordCommandTranslator.translate(e.getName(),
          e.getSubcommandName() == null ? "" : e.getSubcommandName(), options);
    } catch (ChatSyntaxException x) {
      DiscordResponder.replyNow(e, DiscordRenderer.render(NoticeView.error(x.getMessage())));
      return;
    }
    if (!e.isFromGuild() && DiscordCommandTranslator.changesSettings(command)) {
      DiscordResponder.replyNow(e, DiscordRenderer.render(NoticeView.info(DM_SETTINGS)));
      return;
    }
    ChatRequest request = new ChatRequest(channel(e), actor(e), command);
    if (command instanceof ChatCommand.Retry && request.actor().canManage()) health.resume(request.channel());
    responder.answer(e, request);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent e) {
    Optional<DiscordCustomId> id = DiscordCustomId.parse(e.getComponentId());
    if (id.isEmpty()) {
      DiscordResponder.replyNow(e, DiscordRenderer.render(NoticeView.info(STALE_BUTTON)));
      return;
    }
    if (clicks.isRepeat(e.getUser().getId(), e.getMessageId(), e.getComponentId())) {
      e.deferEdit().queue(null, x -> LOG.debug("repeat click ack failed: {}", x.toString()));
      return;
    }
    DiscordCustomId b = id.get();
    String story = Long.toString(b.storyId());
    ChatCommand command = b.action() == DiscordCustomId.Action.EXPAND
        ? new ChatCommand.Expand(story, Integer.toString(b.section() + 1))
        : new ChatCommand.Sources(story);
    responder.answer(e, new ChatRequest(channel(e), actor(e), command));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent e) {
    var focused = e.getFocusedOption();
    String sub = e.getSubcommandName() == null ? "" : e.getSubcommandName();
    OptionMapping chosen = e.getOption(DiscordCommands.STORY);
    String story = chosen == null ? "" : chosen.getAsString();
    // the store is read off JDA's gateway thread
    responder.execute(() -> e.replyChoices(
            autocomplete.suggest(sub, focused.getName(), focused.getValue(), channel(e), story).stream()
                .map(c -> new Command.Choice(c.name(), c.value())).toList())
        .queue(null, x -> LOG.debug("autocomplete answer failed: {}", x.toString())));
  }

  @Override
  public void onReady(ReadyEvent e) {
    registrar.register(e.getJDA());
  }

  @Override
  public void onGuildJoin(GuildJoinEvent e) {
    health.resumeGuild(e.getGuild().getId());
  }

  @Override
  public void onGenericRole(GenericRoleEvent e) {
    health.resumeGuild(e.getGuild().getId());
  }

  @Override
  public void onGenericPermissionOverride(GenericPermissionOverrideEvent e) {
    health.resumeGuild(e.getGuild().getId());
  }

  static ChannelKey channel(Interaction e) {
    return DiscordActors.channel(e.isFromGuild() ? e.getGuild().getId() : null, e.getChannelId());
  }

  /** Permissions come from the member's roles and the channel's overwrites in JDA's cache. */
  static Actor actor(Interaction e) {
    Member m = e.getMember();
    if (!e.isFromGuild() || m == null) return DiscordActors.directMessage(e.getUser().getId());
    try {
      return DiscordActors.member(m.getId(), e.getGuildChannel() == null ? m.getPermissions()
          : m.getPermissions(e.getGuildChannel()));
    } catch (RuntimeException x) {
      // a detached guild (Herald is not a member there) has no permission data: nobody manages it from here
      LOG.debug("no permissions for {} in {}: {}", m.getId(), e.getChannelId(), x.toString());
      return DiscordActors.member(m.getId(), EnumSet.noneOf(Permission.class));
    }
  }
}
