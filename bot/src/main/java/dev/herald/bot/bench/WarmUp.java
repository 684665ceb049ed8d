package dev.herald.bot.bench;

import dev.herald.delivery.PublishException;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.render.NoticeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Posts to warm-up channels outside the measured ones before timing starts, so that class loading and JIT compilation
 * of the adapter, the SDK and the fake do not land in the first measured second (where a slow first request makes the
 * next one to the same channel look early to the fake's per-channel limit).
 */
final class WarmUp {
  private WarmUp() {}

  static void run(Publisher publisher, String workspace, int messages, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int i = 0; i < messages; i++) {
        // a fresh channel per message: the fake's limits never refuse a warm-up post
        ChannelKey ch = ChannelKey.of(publisher.platform(), workspace, warmUpChannel(publisher, i));
        int n = i;
        all.add(pool.submit(() -> {
          try {
            publisher.post(ch, NoticeView.info("warm-up " + n), "warm-up-" + n);
          } catch (PublishException e) {
            // a refused warm-up post still warmed the code path
          }
          // about 30 posts a second in all: under any platform-wide limit, so the measured run starts clean
          Thread.sleep(1000L * threads / 30);
          return null;
        }));
      }
      for (Future<?> f : all) f.get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static String warmUpChannel(Publisher p, int i) {
    return p.platform() == dev.herald.model.Platform.DISCORD ? Long.toString(300000000000000000L + i)
        : String.format("W%07d", i);
  }
}
