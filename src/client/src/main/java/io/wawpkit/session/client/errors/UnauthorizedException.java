package io.wawpkit.session.client.errors;

import java.time.Duration;

/** HTTP 401: the access token is wrong. */
public final class UnauthorizedException extends WawpApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String operationId, int status, String code, String message, Duration retryAfter) {
    super(operationId, status, code, message, retryAfter);
  }
}
