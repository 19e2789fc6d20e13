package io.wawpkit.session.client.lifecycle;

import java.time.Duration;
import java.util.Objects;

/**
 * How the lifecycle helpers poll session info while they wait: from {@link #initialInterval()}
 * doubling up to {@link #maxInterval()}. Immutable.
 */
public final class StatusPolling {
  private static final StatusPolling DEFAULTS = new StatusPolling(Duration.ofMillis(250), Duration.ofSeconds(2));

  private final Duration initialInterval;
  private final Duration maxInterval;

  private StatusPolling(Duration initialInterval, Duration maxInterval) {
    this.initialInterval = initialInterval;
    this.maxInterval = maxInterval;
  }

  /** 250 ms doubling to 2 s. */
  public static StatusPolling defaults() {
    return DEFAULTS;
  }

  /** Polls from {@code initial} doubling up to {@code max}. */
  public static StatusPolling of(Duration initial, Duration max) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("polling needs 0 < initial <= max, was " + initial + ".." + max);
    }
    return new StatusPolling(initial, max);
  }

  public Duration initialInterval() {
    return initialInterval;
  }

  public Duration maxInterval() {
    return maxInterval;
  }

  @Override
  public String toString() {
    return "StatusPolling{" + initialInterval + ".." + maxInterval + "}";
  }
}
