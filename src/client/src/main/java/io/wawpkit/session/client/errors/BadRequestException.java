package io.wawpkit.session.client.errors;

import java.time.Duration;

/**
 * HTTP 400 (and other 4xx the others do not name): a parameter is missing or invalid, or the body
 * is malformed. A login operation asked in a status that does not serve it is the subtype
 * {@link WrongSessionStatusException}.
 */
public sealed class BadRequestException extends WawpApiException permits WrongSessionStatusException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String operationId, int status, String code, String message, Duration retryAfter) {
    super(operationId, status, code, message, retryAfter);
  }

  BadRequestException(String operationId, int status, String code, String message, Duration retryAfter, String explanation) {
    super(operationId, status, code, message, retryAfter, explanation);
  }
}
