package io.wawpkit.session.client.errors;

import java.time.Duration;

/** HTTP 429: too many requests; {@link #retryAfter()} says how long to wait when the server said. */
public final class RateLimitedException extends WawpApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitedException(String operationId, int status, String code, String message, Duration retryAfter) {
    super(operationId, status, code, message, retryAfter);
  }
}
