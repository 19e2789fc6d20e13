package io.wawpkit.session.conformance.engine;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The run's time budget ({@code --max-time}): every request and every wait asks it first, and once
 * it is spent the run stops where it is (its reports say which checks were not run). Time spent
 * waiting for a person ({@code --await-scan}) does not count: {@link #excluding} holds the clock,
 * however many threads wait at once.
 */
public final class Budget {
  private final Duration max;
  private final LongSupplier clock;
  private final long start;
  private long held;
  private int holding;
  private long holdSince;
  private volatile boolean enforced = true;
  private volatile boolean ranOut;

  /** A budget of {@code max}, counted from now. */
  public Budget(Duration max) {
    this(max, System::nanoTime);
  }

  /** With the clock given (tests). */
  public Budget(Duration max, LongSupplier clock) {
    if (max.isNegative() || max.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive: " + max);
    }
    this.max = max;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  public Duration max() {
    return max;
  }

  /** The time counted against the budget so far: wall time less the time a person was waited for. */
  public synchronized Duration used() {
    long now = clock.getAsLong();
    long excluded = held + (holding > 0 ? now - holdSince : 0);
    return Duration.ofNanos(now - start - excluded);
  }

  /** Whether the budget is spent (said once it was found spent, even if the clock is held since). */
  public boolean spent() {
    if (!ranOut && used().compareTo(max) >= 0) {
      ranOut = true;
    }
    return ranOut;
  }

  /** Stops the run when the budget is spent, unless it is no longer enforced (the cleanup at the end). */
  public void check() {
    if (enforced && spent()) {
      throw new OutOfTime("the time budget of " + Context.inWords(max) + " ran out");
    }
  }

  /** From now on {@link #check()} lets everything through: the sessions the suite made are deleted even after the budget ran out. */
  public void stopEnforcing() {
    enforced = false;
  }

  /** Runs {@code waiting} with the clock held: for time spent waiting for a person, not for the target. */
  public <T> T excluding(Supplier<T> waiting) {
    synchronized (this) {
      if (holding++ == 0) {
        holdSince = clock.getAsLong();
      }
    }
    try {
      return waiting.get();
    } finally {
      synchronized (this) {
        if (--holding == 0) {
          held += clock.getAsLong() - holdSince;
        }
      }
    }
  }
}
