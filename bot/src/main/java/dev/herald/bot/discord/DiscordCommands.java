package dev.herald.bot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * Herald's slash commands: {@code /brief [query]}, {@code /sources [story]}, {@code /expand story section} (the
 * same answer as a card's Expand button) and {@code /herald} with one subcommand
 * per setting or report, each with typed options. Usable in server channels and in the bot's direct messages;
 * settings subcommands check Manage Channel at run time (Discord cannot require a permission per subcommand).
 */
final class DiscordCommands {
  static final String BRIEF = "brief";
  static final String SOURCES = "sources";
  static final String EXPAND = "expand";
  static final String HERALD = "herald";
  static final String QUERY = "query";
  static final String STORY = "story";
  static final String SECTION = "section";
  static final String TOPIC = "topic";
  static final String TIME = "time";
  static final String ZONE = "zone";
  static final String OFF = "off";
  static final String ACTION = "action";
  static final String URL = "url";
  static final String NAME = "name";
  static final String TOPICS = "topics";
  static final String ID = "id";

  private DiscordCommands() {}

  static List<CommandData> all() {
    return List.of(brief(), sources(), expand(), herald());
  }

  private static SlashCommandData brief() {
    return scoped(Commands.slash(BRIEF, "The top stories of the last day, or stories on a topic or words")
        .addOptions(new OptionData(OptionType.STRING, QUERY,
            "Topic or words, optionally with a period: \"rail strike this week\"", false, true).setMaxLength(200)));
  }

  private static SlashCommandData sources() {
    return scoped(Commands.slash(SOURCES, "The numbered sources of a story (the latest one by default)")
        .addOptions(new OptionData(OptionType.STRING, STORY, "A story's number or title words", false, true)
            .setMaxLength(200)));
  }

  private static SlashCommandData expand() {
    return scoped(Commands.slash(EXPAND, "One section of a story in full, with its sources").addOptions(
        new OptionData(OptionType.STRING, STORY, "A story's number or title words", true, true).setMaxLength(200),
        new OptionData(OptionType.STRING, SECTION, "The section's number, or words of its heading", true, true)
            .setMaxLength(100)));
  }

  private static SlashCommandData herald() {
    return scoped(Commands.slash(HERALD, "Herald's settings and status for this channel").addSubcommands(
        new SubcommandData("schedule", "Show or set this channel's daily briefing (Manage Channel to change)")
            .addOptions(
                new OptionData(OptionType.STRING, TIME, "Local time on a 24-hour clock, e.g. 08:00", false)
                    .setMaxLength(5),
                new OptionData(OptionType.STRING, ZONE, "Time zone, e.g. Europe/London", false, true)
                    .setMaxLength(64),
                new OptionData(OptionType.BOOLEAN, OFF, "Turn the daily briefing off", false)),
        new SubcommandData("subscribe", "Alert this channel when a story on a topic breaks or grows")
            .addOptions(new OptionData(OptionType.STRING, TOPIC, "The topic", true, true).setMaxLength(64)),
        new SubcommandData("unsubscribe", "Stop alerts on a topic")
            .addOptions(new OptionData(OptionType.STRING, TOPIC, "The topic", true, true).setMaxLength(64)),
        new SubcommandData("feeds", "This server's feeds: list, add, remove or check").addOptions(
            new OptionData(OptionType.STRING, ACTION, "What to do", true)
                .addChoice("list", "list").addChoice("add", "add").addChoice("remove", "remove")
                .addChoice("check", "check"),
            new OptionData(OptionType.STRING, URL, "The feed's URL (add)", false).setMaxLength(2000),
            new OptionData(OptionType.STRING, NAME, "A name for the feed (add)", false).setMaxLength(100),
            new OptionData(OptionType.STRING, TOPICS, "Topics, separated by spaces (add)", false)
                .setMaxLength(200),
            new OptionData(OptionType.STRING, ID, "The feed's id, from /herald feeds list (remove)", false)
                .setMaxLength(100)),
        new SubcommandData("status", "Feed health, the next briefing, deliveries waiting"),
        new SubcommandData("topics", "The topics to choose from and this channel's subscriptions"),
        new SubcommandData("retry", "Send this channel's parked deliveries again (Manage Channel)"),
        new SubcommandData("help", "What Herald can do")));
  }

  private static SlashCommandData scoped(SlashCommandData command) {
    return command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
        .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
  }
}
