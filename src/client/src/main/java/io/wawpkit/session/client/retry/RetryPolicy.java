package io.wawpkit.session.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries an operation the spec marks safe to repeat ({@code x-wawp-safe-to-repeat}):
 * on 429, 502, 503, 504 and transport failures, with bounded exponential backoff and jitter,
 * honouring {@code Retry-After} up to {@link #maxRetryAfter()}. Operations not marked safe are never
 * retried, whatever the policy. Immutable; build with {@link #builder()}.
 */
public final class RetryPolicy {
  private static final RetryPolicy NONE = builder().maxRetries(0).build();
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /** 3 retries, backoff from 200 ms doubling to 5 s, 25% jitter, Retry-After honoured up to 30 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public double jitter() {
    return jitter;
  }

  /** A longer Retry-After than this ends the retries: waiting that long is the caller's decision. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", backoff=" + initialBackoff + ".." + maxBackoff
        + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p && p.maxRetries == maxRetries && p.initialBackoff.equals(initialBackoff)
        && p.maxBackoff.equals(maxBackoff) && p.jitter == jitter && p.maxRetryAfter.equals(maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, jitter, maxRetryAfter);
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double jitter = 0.25;
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    private Builder() {}

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be 0 to 10, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder backoff(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "initial");
      Objects.requireNonNull(max, "max");
      if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + ".." + max);
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /** A fraction of each backoff delay, from 0 to 0.5, added or taken at random. */
    public Builder jitter(double jitter) {
      if (jitter < 0 || jitter > 0.5) {
        throw new IllegalArgumentException("jitter must be 0 to 0.5, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
