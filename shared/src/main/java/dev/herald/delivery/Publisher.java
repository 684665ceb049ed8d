package dev.herald.delivery;

import dev.herald.model.ChannelKey;
import dev.herald.render.View;
import java.io.IOException;

/**
 * The port each platform adapter implements to post into its channels. Scheduled jobs hold a Publisher, never a
 * platform client.
 */
public interface Publisher {
  /**
   * Posts {@code view} to {@code channel}.
   *
   * @return the platform's id of the posted message (for later edits)
   * @throws IOException when the platform could not be reached or refused the message
   */
  String publish(ChannelKey channel, View view) throws IOException;
}
