package dev.herald.chat;

import java.util.Objects;

/**
 * Who sent a command.
 *
 * @param canManage whether the platform says this user may change the channel's settings
 * @param managers who may, in the platform's words ("workspace admins and owners"), for refusals
 */
public record Actor(String userId, boolean canManage, String managers) {
  public Actor {
    Objects.requireNonNull(userId, "userId == null");
    Objects.requireNonNull(managers, "managers == null");
  }
}
