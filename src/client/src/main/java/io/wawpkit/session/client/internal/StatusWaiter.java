package io.wawpkit.session.client.internal;

import io.wawpkit.session.client.lifecycle.LifecycleTimeoutException;
import io.wawpkit.session.client.lifecycle.SessionFailedException;
import io.wawpkit.session.client.lifecycle.StatusPolling;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Polls session info until the session reaches one of the awaited statuses. Fails fast when the
 * session goes FAILED (unless FAILED is awaited) and when it is gone (the 404 propagates). A
 * {@link Watch} sees every other info read, to act on it (the login waits read the QR or the
 * pairing code there) and to bring the next read forward.
 */
public final class StatusWaiter {
  /** Sees each info read that is neither awaited nor FAILED. */
  @FunctionalInterface
  public interface Watch {
    /** Does nothing, and leaves the reads to the polling policy. */
    Watch NONE = info -> null;

    /**
     * Acts on one info read; what it throws ends the wait.
     *
     * @return the longest the waiter may sleep before the next read, or null to leave it to the policy
     */
    Duration seen(SessionInfo info);
  }

  private final StatusPolling polling;

  public StatusWaiter(StatusPolling polling) {
    this.polling = polling;
  }

  /**
   * @param instanceId for messages
   * @param info reads the session's info once
   * @param awaited the statuses to wait for
   * @param timeout how long to wait at most
   * @return the first info in an awaited status
   */
  public SessionInfo await(String instanceId, Supplier<SessionInfo> info, Set<SessionStatus> awaited, Duration timeout) {
    return await(instanceId, info, awaited, timeout, Watch.NONE);
  }

  /**
   * @param instanceId for messages
   * @param info reads the session's info once
   * @param awaited the statuses to wait for
   * @param timeout how long to wait at most
   * @param watch sees every info read that is neither awaited nor FAILED
   * @return the first info in an awaited status
   */
  public SessionInfo await(String instanceId, Supplier<SessionInfo> info, Set<SessionStatus> awaited, Duration timeout,
      Watch watch) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Duration interval = polling.initialInterval();
    while (true) {
      SessionInfo current = info.get();
      SessionStatus status = current.getStatus();
      if (awaited.contains(status)) {
        return current;
      }
      if (status == SessionStatus.FAILED) {
        throw new SessionFailedException(instanceId, awaited.toString());
      }
      Duration soonest = watch.seen(current);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new LifecycleTimeoutException(instanceId, awaited.toString(), status, timeout);
      }
      long pause = Math.min(interval.toNanos(), left);
      if (soonest != null && !soonest.isNegative() && !soonest.isZero()) {
        pause = Math.min(pause, soonest.toNanos());
      }
      sleep(pause);
      interval = next(interval);
    }
  }

  /** The interval after {@code current}: doubled, up to the policy's maximum. */
  private Duration next(Duration current) {
    Duration doubled = current.multipliedBy(2);
    return doubled.compareTo(polling.maxInterval()) > 0 ? polling.maxInterval() : doubled;
  }

  private static void sleep(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a session status");
    }
  }
}
