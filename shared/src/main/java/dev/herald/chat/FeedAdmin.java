package dev.herald.chat;

import dev.herald.model.WorkspaceKey;
import java.util.List;

/** The feeds a workspace reads, as chat sees them: lines to show and one-line outcomes. */
interface FeedAdmin {
  /** One line per feed the workspace can see, with its health. */
  List<String> list(WorkspaceKey workspace);

  /**
   * Adds a feed of the workspace's own.
   *
   * @param args the URL, then optionally a name and topics
   * @return a one-line confirmation
   * @throws IllegalArgumentException with a one-line reason when the feed cannot be added
   */
  String add(WorkspaceKey workspace, List<String> args);

  /** Removes one of the workspace's own feeds; a one-line outcome. */
  String remove(WorkspaceKey workspace, String feedId);

  /** Fetches the workspace's feeds now and reports items, health and problems, a line each. */
  List<String> check(WorkspaceKey workspace);
}
