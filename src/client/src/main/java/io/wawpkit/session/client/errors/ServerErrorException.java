package io.wawpkit.session.client.errors;

import java.time.Duration;

/** HTTP 5xx: the service or the engine behind it failed. */
public final class ServerErrorException extends WawpApiException {
  private static final long serialVersionUID = 1L;

  public ServerErrorException(String operationId, int status, String code, String message, Duration retryAfter) {
    super(operationId, status, code, message, retryAfter);
  }
}
