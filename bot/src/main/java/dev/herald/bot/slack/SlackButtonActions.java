package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatReply;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatService;
import dev.herald.render.SectionView;
import dev.herald.render.StoryView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each button does. <b>Expand</b> on a posted card grows the card in place ({@code chat.update}): the message
 * shows the first section and every expanded one, in section order, and the clicked button disappears. A second
 * click on the same section changes nothing and sends nothing (idempotent), and clicks on one card are handled one at
 * a time. A card that would outgrow a message gets the section as a thread reply instead; a card Slack will not
 * update gets it as a private answer. Expand on an ephemeral
 * lookup answers with the section, privately. <b>Sources</b> answers privately with the numbered sources.
 * <b>Share in channel</b> posts the story's card to the channel, saying who shared it.
 */
final class SlackButtonActions {
  private static final Logger log = LoggerFactory.getLogger(SlackButtonActions.class);

  private final ChatService chat;
  private final SlackResponder responder;
  private final SlackExpandedMessages expanded;

  SlackButtonActions(ChatService chat, SlackResponder responder, SlackExpandedMessages expanded) {
    this.chat = chat;
    this.responder = responder;
    this.expanded = expanded;
  }

  void run(SlackButtons.Click click) {
    try {
      switch (click.action().kind()) {
        case EXPAND -> expand(click);
        case SOURCES -> privately(click, ask(click, new ChatCommand.Sources(id(click))));
        case SHARE -> share(click);
        default -> throw new IllegalStateException("unhandled " + click.action());
      }
    } catch (RuntimeException e) {
      log.error("{} failed for {}", click.action().encode(), click.interaction(), e);
      privately(click, ChatReply.error(SlackCommands.FAILED));
    }
  }

  private void expand(SlackButtons.Click click) {
    int index = click.action().section();
    ChatReply reply = ask(click, new ChatCommand.Expand(id(click), Integer.toString(index + 1)));
    if (!(reply.view() instanceof SectionView section) || click.ephemeral()) {
      privately(click, reply);
      return;
    }
    long storyId = section.story().storyId();
    expanded.update(click.interaction().channelId(), click.messageTs(), known -> {
      Set<Integer> shown = new HashSet<>(known);
      shown.addAll(sectionsShown(click.blocks(), storyId));
      if (shown.contains(section.index())) return shown;
      Set<Integer> next = new HashSet<>(shown);
      next.add(section.index());
      List<ObjectNode> blocks = grown(section.story(), next, click.blocks());
      if (blocks.size() > SlackLimits.MAX_BLOCKS) {
        return responder.replyInThread(click.interaction(), click.messageTs(), SlackReplyBlocks.section(section))
            ? next : shown;
      }
      SlackMessage card = SlackMessage.of(SlackRenderer.fallback(section.story()), blocks);
      if (responder.update(click.interaction(), click.messageTs(), card)) return next;
      privately(click, reply); // the card could not grow (recorded for /herald status): the user still gets it
      return shown;
    });
  }

  private void share(SlackButtons.Click click) {
    ChatReply reply = ask(click, new ChatCommand.Expand(id(click), "1"));
    if (!(reply.view() instanceof SectionView section)) {
      privately(click, reply);
      return;
    }
    StoryView story = section.story();
    List<ObjectNode> blocks = new ArrayList<>(SlackCards.blocks(story, Set.of(), false));
    blocks.add(blocks.size() - 1, SlackCards.sharedBy(story.storyId(), click.interaction().userId()));
    responder.respond(click.interaction(), List.of(SlackMessage.of(SlackRenderer.fallback(story), blocks)),
        "in_channel", false);
  }

  /** The card of {@code story} showing {@code shown}, keeping the clicked message's banner, change and shared lines. */
  static List<ObjectNode> grown(StoryView story, Set<Integer> shown, JsonNode oldBlocks) {
    List<ObjectNode> blocks = new ArrayList<>(SlackCards.blocks(story, shown, false));
    long id = story.storyId();
    int metaAt = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (SlackCards.isMeta(blocks.get(i).path("block_id").asText(), id)) metaAt = i;
    }
    int insertAt = metaAt + 1;
    for (JsonNode old : oldBlocks) {
      String blockId = old.path("block_id").asText();
      if (!old.isObject() || !SlackCards.isAnnotation(blockId, id)) continue;
      if (SlackCards.isBanner(blockId, id)) {
        blocks.add(0, (ObjectNode) old.deepCopy());
        insertAt++;
      } else if (blockId.endsWith(":shared")) {
        blocks.add(blocks.size() - 1, (ObjectNode) old.deepCopy());
      } else {
        blocks.add(insertAt++, (ObjectNode) old.deepCopy());
      }
    }
    return blocks;
  }

  /** The section indexes a card's blocks show. */
  static Set<Integer> sectionsShown(JsonNode blocks, long storyId) {
    Set<Integer> out = new HashSet<>();
    for (JsonNode b : blocks) {
      int i = SlackCards.sectionOf(b.path("block_id").asText(), storyId);
      if (i >= 0) out.add(i);
    }
    return out;
  }

  private ChatReply ask(SlackButtons.Click click, ChatCommand command) {
    Actor actor = new Actor(click.interaction().userId(), false, SlackPermissions.MANAGERS);
    return chat.handle(new ChatRequest(click.interaction().channel(), actor, command));
  }

  private void privately(SlackButtons.Click click, ChatReply reply) {
    responder.respond(click.interaction(), SlackRenderer.render(reply.view(), SlackRenderer.Audience.EPHEMERAL),
        "ephemeral", false);
  }

  private static String id(SlackButtons.Click click) {
    return Long.toString(click.action().storyId());
  }
}
