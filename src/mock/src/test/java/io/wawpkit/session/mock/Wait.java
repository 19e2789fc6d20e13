package io.wawpkit.session.mock;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for asynchronous moves. */
final class Wait {
  private Wait() {}

  static void until(String what, Duration max, BooleanSupplier condition) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + max + " waiting for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
