package io.wawpkit.session.client.internal;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.function.CheckedSupplier;
import io.wawpkit.session.client.errors.RateLimitedException;
import io.wawpkit.session.client.errors.ServerErrorException;
import io.wawpkit.session.client.errors.TransportException;
import io.wawpkit.session.client.errors.WawpApiException;
import io.wawpkit.session.client.retry.RetryPolicy;
import io.wawpkit.session.generated.ApiOperation;
import java.time.Duration;
import java.util.Set;

/**
 * Runs calls with retries for the operations the spec marks safe to repeat, and once for the
 * others. The mark comes from the generated {@link ApiOperation} catalog, i.e. from the spec.
 */
public final class SafeRetries {
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

  private final RetryPolicy policy;
  private final FailsafeExecutor<Object> retrying;

  public SafeRetries(RetryPolicy policy) {
    this.policy = policy;
    var builder = dev.failsafe.RetryPolicy.builder()
        .handleIf(SafeRetries::retryable)
        .abortIf((result, failure) -> waitTooLong(failure))
        .withMaxRetries(policy.maxRetries());
    // Failsafe's backoff needs initial < max; equal bounds mean a fixed delay.
    if (policy.initialBackoff().equals(policy.maxBackoff())) {
      builder.withDelay(policy.initialBackoff());
    } else {
      builder.withBackoff(policy.initialBackoff(), policy.maxBackoff());
    }
    dev.failsafe.RetryPolicy<Object> failsafe = builder
        .withJitter(policy.jitter())
        .withDelayFnOn(ctx -> serverAskedDelay(ctx.getLastException(), policy.jitter()), WawpApiException.class)
        .build();
    this.retrying = Failsafe.with(failsafe);
  }

  /** Runs the call: retried per the policy when the operation is safe to repeat, once otherwise. */
  @SuppressWarnings("unchecked")
  public <T> T run(ApiOperation operation, CheckedSupplier<T> call) throws Throwable {
    if (operation == null || !operation.safeToRepeat() || policy.maxRetries() == 0) {
      return call.get();
    }
    try {
      return (T) retrying.get((CheckedSupplier<Object>) call);
    } catch (dev.failsafe.FailsafeException e) {
      throw e.getCause() != null ? e.getCause() : e;
    }
  }

  public RetryPolicy policy() {
    return policy;
  }

  static boolean retryable(Throwable failure) {
    if (failure instanceof TransportException) {
      return true;
    }
    return (failure instanceof RateLimitedException || failure instanceof ServerErrorException)
        && RETRYABLE_STATUSES.contains(((WawpApiException) failure).status());
  }

  private boolean waitTooLong(Throwable failure) {
    return failure instanceof WawpApiException api
        && api.retryAfter().map(d -> d.compareTo(policy.maxRetryAfter()) > 0).orElse(false);
  }

  /**
   * The server's Retry-After, or -1 (Failsafe: use the backoff) when it gave none. Failsafe jitters
   * this delay by +/- jitter too; Retry-After is a minimum, so the delay is scaled up until the
   * shortest jittered wait still honours it.
   */
  private static Duration serverAskedDelay(Throwable failure, double jitter) {
    if (failure instanceof WawpApiException api && api.retryAfter().isPresent()) {
      long millis = api.retryAfter().get().toMillis();
      return Duration.ofMillis((long) Math.ceil(millis / (1 - jitter)));
    }
    return Duration.ofMillis(-1);
  }
}
