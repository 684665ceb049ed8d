package dev.herald.bot.discord;

import dev.herald.chat.ChatReply;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatService;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Platform;
import dev.herald.render.NoticeView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one interaction within Discord's three seconds: the command runs on a worker; when its answer is ready
 * before {@code deferAfter} it is the initial reply (one round trip), otherwise the interaction is deferred
 * (ephemeral "thinking") at {@code deferAfter} and the answer then edits the deferred reply. Further messages of a
 * long answer follow as follow-ups, in order. Every answer is ephemeral, whatever {@link ChatReply#ephemeral()}
 * says: {@link ChatService} makes every reply private today, and an interactive answer that the whole channel sees
 * would need a public deferral decided before the work is done. With {@code deferAfter} zero every interaction is
 * deferred before any work starts. Thread-safe.
 */
final class DiscordResponder {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordResponder.class);
  static final String FAILED = "Herald could not answer that just now; please try again in a moment.";
  private static final int PENDING = 0;
  private static final int REPLIED = 1;
  private static final int DEFERRED = 2;

  private final ChatService chat;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration deferAfter;
  private final HeraldMetrics metrics;

  DiscordResponder(ChatService chat, ExecutorService workers, ScheduledExecutorService timer, Duration deferAfter) {
    this(chat, workers, timer, deferAfter, HeraldMetrics.NONE);
  }

  /** @param metrics told how long each interaction took to be acknowledged (the reply or the deferral accepted) */
  DiscordResponder(ChatService chat, ExecutorService workers, ScheduledExecutorService timer, Duration deferAfter,
      HeraldMetrics metrics) {
    this.metrics = metrics;
    this.chat = chat;
    this.workers = workers;
    this.timer = timer;
    this.deferAfter = deferAfter;
  }

  /** Acknowledges {@code event} in time and sends the answer to {@code request}. */
  void answer(IReplyCallback event, ChatRequest request) {
    long received = System.nanoTime();
    java.util.function.Consumer<Object> acknowledged = ok ->
        metrics.slashAcknowledged(Platform.DISCORD, Duration.ofNanos(System.nanoTime() - received));
    AtomicInteger state = new AtomicInteger(PENDING);
    Runnable deferNow = () -> {
      if (state.compareAndSet(PENDING, DEFERRED)) event.deferReply(true).queue(acknowledged, e -> fail("defer", e));
    };
    ScheduledFuture<?> defer = null;
    if (deferAfter.isZero()) {
      deferNow.run(); // "always defer first": decided before any work starts, so no race with the answer
    } else {
      defer = timer.schedule(deferNow, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    }
    ScheduledFuture<?> timerTask = defer;
    workers.execute(() -> {
      List<MessageCreateData> messages;
      try (org.slf4j.MDC.MDCCloseable c = org.slf4j.MDC.putCloseable("channel", request.channel().toString())) {
        ChatReply reply = chat.handle(request);
        messages = DiscordRenderer.render(reply.view());
      } catch (RuntimeException e) {
        LOG.error("command {} in {} failed", request.command(), request.channel(), e);
        messages = DiscordRenderer.render(NoticeView.error(FAILED));
      }
      if (state.compareAndSet(PENDING, REPLIED) && timerTask != null) timerTask.cancel(false);
      boolean initial = state.get() == REPLIED;
      send(event, initial, messages, initial ? acknowledged : ok -> {});
    });
  }

  /** Runs quick work (an autocomplete answer) on the workers, off JDA's gateway thread. */
  void execute(Runnable work) {
    workers.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.error("Discord work failed", e);
      }
    });
  }

  /** Replies at once with a view that needs no work (a syntax hint, a refusal). */
  static void replyNow(IReplyCallback event, List<MessageCreateData> messages) {
    send(event, true, messages, ok -> {});
  }

  /** @param firstDone told when the first message is accepted (for an initial reply: the acknowledgement) */
  private static void send(IReplyCallback event, boolean initial, List<MessageCreateData> messages,
      java.util.function.Consumer<Object> firstDone) {
    MessageCreateData first = messages.get(0);
    RestAction<?> chain = initial
        ? event.reply(first).setEphemeral(true).onSuccess(x -> firstDone.accept(x))
        : event.getHook().editOriginal(MessageEditData.fromCreateData(first));
    for (MessageCreateData next : messages.subList(1, messages.size())) {
      chain = chain.flatMap(done -> event.getHook().sendMessage(next).setEphemeral(true));
    }
    chain.queue(null, e -> fail("answer", e));
  }

  private static void fail(String what, Throwable e) {
    LOG.warn("Discord interaction {} failed: {}", what, e.toString());
  }
}
