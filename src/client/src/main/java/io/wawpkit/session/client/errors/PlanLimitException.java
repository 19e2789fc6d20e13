package io.wawpkit.session.client.errors;

import java.time.Duration;

/**
 * HTTP 403: the account's plan does not allow the call: {@code subscription_required} (a paid
 * feature on a free account) or a quota such as {@code instance_limit_reached}.
 */
public final class PlanLimitException extends WawpApiException {
  private static final long serialVersionUID = 1L;

  public PlanLimitException(String operationId, int status, String code, String message, Duration retryAfter) {
    super(operationId, status, code, message, retryAfter);
  }

  /** Whether the call needs a paid plan (code {@code subscription_required}). */
  public boolean subscriptionRequired() {
    return "subscription_required".equals(code());
  }
}
