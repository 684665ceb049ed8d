package dev.herald.status;

import java.time.Instant;

/** A part of the instance that reports on its sending: delivery's rate governors, a platform adapter's errors. */
@FunctionalInterface
public interface StatusSource {
  InstanceStatus status(Instant now);
}
