package io.wawpkit.session.mock.internal.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API token ({@code permitsPerSecond} requests per second, bursts up to one
 * second's worth). Off when the rate is zero. Buckets exist only for valid tokens, so their
 * number is bounded by the number of accounts.
 */
public final class TokenRateLimiter {
  private final double permitsPerSecond;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public TokenRateLimiter(double permitsPerSecond, LongSupplier nanoTime) {
    this.permitsPerSecond = permitsPerSecond;
    this.nanoTime = nanoTime;
  }

  public boolean enabled() {
    return permitsPerSecond > 0;
  }

  /** Takes a permit; returns 0 when granted, else the seconds to wait (at least 1). */
  public long acquire(String token) {
    if (!enabled()) {
      return 0;
    }
    return buckets.computeIfAbsent(token, t -> new Bucket(permitsPerSecond, nanoTime.getAsLong())).take(nanoTime.getAsLong());
  }

  /** Forgets every bucket (control API reset). */
  public void reset() {
    buckets.clear();
  }

  private static final class Bucket {
    private final double rate;
    private final double capacity;
    private double permits;
    private long lastNanos;

    Bucket(double rate, long now) {
      this.rate = rate;
      this.capacity = Math.max(1, rate);
      this.permits = capacity;
      this.lastNanos = now;
    }

    synchronized long take(long now) {
      permits = Math.min(capacity, permits + (now - lastNanos) / 1e9 * rate);
      lastNanos = now;
      if (permits >= 1) {
        permits -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - permits) / rate));
    }
  }
}
