package dev.herald.bot.discord;

import dev.herald.store.InteractionClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of {@link DiscordListener}: every interaction (slash command, button, select menu, autocomplete) is
 * passed on only when this instance claims its id in the database. Several instances may run the gateway, and
 * Discord gives each session of a shard the shard's events; the instance that claims first answers, the others do
 * nothing. Other events pass straight through. When the database cannot be reached the interaction is answered anyway
 * (a possible duplicate answer is better than a dead command) and that is logged once per outage. Claims older than
 * {@link #KEEP} are purged (whole, a batch per write: {@link InteractionClaims#purge}), at most once per {@link
 * #PURGE_EVERY}, off the gateway thread.
 */
final class DiscordInteractionGate implements EventListener {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordInteractionGate.class);
  /** Discord's interaction tokens live 15 minutes; no instance can still be handed one after this. */
  static final Duration KEEP = Duration.ofHours(1);
  static final Duration PURGE_EVERY = Duration.ofMinutes(1);

  private final EventListener next;
  private final InteractionClaims claims;
  private final Clock clock;
  private final Executor background;
  private final AtomicBoolean unavailable = new AtomicBoolean();
  private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

  DiscordInteractionGate(EventListener next, InteractionClaims claims, Clock clock, Executor background) {
    this.next = next;
    this.claims = claims;
    this.clock = clock;
    this.background = background;
  }

  @Override
  public void onEvent(GenericEvent event) {
    if (event instanceof GenericInteractionCreateEvent i && !claimed(i.getInteraction().getId())) {
      LOG.debug("interaction {} is answered by another instance", i.getInteraction().getId());
      return;
    }
    next.onEvent(event);
  }

  private boolean claimed(String interactionId) {
    Instant now = clock.instant();
    boolean mine;
    try {
      mine = claims.claim(interactionId, now);
    } catch (RuntimeException x) {
      if (unavailable.compareAndSet(false, true)) {
        LOG.warn("cannot claim Discord interactions in the database, answering them anyway (another instance may"
            + " answer too): {}", x.toString());
      }
      return true;
    }
    if (unavailable.compareAndSet(true, false)) LOG.info("claiming Discord interactions in the database again");
    if (mine) purgeNowAndThen(now);
    return mine;
  }

  private void purgeNowAndThen(Instant now) {
    long due = nextPurge.get();
    if (now.toEpochMilli() < due || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY).toEpochMilli())) return;
    background.execute(() -> {
      try {
        int n = claims.purge(now.minus(KEEP));
        if (n > 0) LOG.debug("purged {} old interaction claims", n);
      } catch (RuntimeException x) {
        LOG.debug("purging interaction claims failed: {}", x.toString());
      }
    });
  }
}
