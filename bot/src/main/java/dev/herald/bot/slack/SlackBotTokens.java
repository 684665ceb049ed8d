package dev.herald.bot.slack;

import dev.herald.model.Installation;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.InstallationStore;
import java.util.Optional;

/** The bot token to act in a workspace with: the one configured token, or the workspace's OAuth installation. */
@FunctionalInterface
interface SlackBotTokens {
  Optional<String> token(WorkspaceKey workspace);

  /** Single-workspace mode: {@code SLACK_BOT_TOKEN} for every workspace key. */
  static SlackBotTokens single(String token) {
    return w -> Optional.of(token);
  }

  /** Multi-workspace mode: the token each workspace granted when it installed Herald. */
  static SlackBotTokens installed(InstallationStore store) {
    return w -> store.find(w).map(Installation::botToken);
  }
}
