package dev.herald.bot.ops;

import dev.herald.threads.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Whether this Herald is ready to do its work: the database answers and its schema is migrated, each configured
 * platform is connected, the scheduler runs. {@link #refresh()} runs the checks (the background refresh calls it every
 * few seconds); {@link #latest()} returns the last result at once, which is what {@code /readyz} answers, so a probe
 * never waits for the database. A check that does not answer within the timeout fails ("no answer within 2 s"); a
 * check still hanging from an earlier refresh is not started again. Thread-safe.
 */
public final class Readiness implements AutoCloseable {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * One named check: empty when all is well, else a one-line problem. It may block (the database); it must never
   * touch a chat platform, only read what the connection last said.
   */
  public interface Check {
    Optional<String> problem();
  }

  /** The result of one refresh: each check's problem ("" when fine), in the order the checks were added. */
  public record Report(Instant at, Map<String, String> problems) {
    public Report {
      problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public boolean ready() {
      return !problems.isEmpty() && problems.values().stream().allMatch(String::isEmpty);
    }

    /** {@code {"ready":true,"checked_at":"...","checks":{"database":"ok",...}}}. */
    public String json() {
      Map<String, String> checks = new LinkedHashMap<>();
      problems.forEach((k, v) -> checks.put(k, v.isEmpty() ? "ok" : v));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("ready", ready());
      body.put("checked_at", at.toString());
      body.put("checks", checks);
      try {
        return JSON.writeValueAsString(body);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("a map of strings is always JSON", e);
      }
    }
  }

  private record Named(String name, Check check, Holder running) {}

  /** The check's call in flight, if any. */
  private static final class Holder {
    volatile CompletableFuture<Optional<String>> call;
  }

  private final List<Named> checks = new ArrayList<>();
  private final Duration timeout;
  private final Clock clock;
  private final ExecutorService runner = new ThreadPoolExecutor(0, 8, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
      DaemonThreads.named("herald-readiness"));
  private volatile Report latest;

  /** @param timeout how long one check may take before it counts as failed */
  public Readiness(Duration timeout, Clock clock) {
    this.timeout = Objects.requireNonNull(timeout, "timeout == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.latest = new Report(clock.instant(), Map.of("startup", "not checked yet"));
  }

  /** Adds a check, before the first {@link #refresh()}. */
  public synchronized Readiness add(String name, Check check) {
    checks.add(new Named(name, check, new Holder()));
    return this;
  }

  /** A check from a state that costs nothing to read: {@code ok} true, or the {@code problem}. */
  public static Check flag(Supplier<Boolean> ok, String problem) {
    return () -> ok.get() ? Optional.empty() : Optional.of(problem);
  }

  /** Runs every check (at most the timeout each, all at once) and keeps the result. */
  public synchronized Report refresh() {
    Map<String, CompletableFuture<Optional<String>>> calls = new LinkedHashMap<>();
    for (Named n : checks) {
      CompletableFuture<Optional<String>> call = n.running().call;
      if (call == null || call.isDone()) {
        try {
          call = CompletableFuture.supplyAsync(n.check()::problem, runner);
        } catch (java.util.concurrent.RejectedExecutionException e) {
          call = CompletableFuture.completedFuture(Optional.of("too many checks still waiting for an answer"));
        }
        n.running().call = call;
      }
      calls.put(n.name(), call);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> problems = new LinkedHashMap<>();
    for (Map.Entry<String, CompletableFuture<Optional<String>>> e : calls.entrySet()) {
      problems.put(e.getKey(), outcome(e.getValue(), deadline));
    }
    Report r = new Report(clock.instant(), problems);
    latest = r;
    return r;
  }

  private String outcome(CompletableFuture<Optional<String>> call, long deadline) {
    try {
      return call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).orElse("");
    } catch (TimeoutException e) {
      return "no answer within " + timeout.toMillis() + " ms";
    } catch (ExecutionException e) {
      return "check failed: " + e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** The last refresh's result (before the first: not ready, "not checked yet"). Never blocks. */
  public Report latest() {
    return latest;
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}
