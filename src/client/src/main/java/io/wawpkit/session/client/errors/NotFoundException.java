package io.wawpkit.session.client.errors;

import java.time.Duration;

/** HTTP 404: the instance is unknown, deleted, or another account's (the service does not tell which). */
public final class NotFoundException extends WawpApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String operationId, int status, String code, String message, Duration retryAfter) {
    super(operationId, status, code, message, retryAfter);
  }
}
