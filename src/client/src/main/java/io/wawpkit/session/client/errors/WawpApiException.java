package io.wawpkit.session.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The API answered with an error status. Carries the status, and the error {@code code} and
 * {@code message} read from the body (JSON per the contract; XML, plain text or an empty body are
 * read as well as they can be). Subclasses name the statuses a caller usually branches on.
 */
public class WawpApiException extends WawpException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final String serverMessage;
  private final transient Duration retryAfter;

  public WawpApiException(String operationId, int status, String code, String serverMessage, Duration retryAfter) {
    this(operationId, status, code, serverMessage, retryAfter, serverMessage);
  }

  /** With {@code explanation} in the message instead of the server's message (which {@link #serverMessage()} keeps). */
  WawpApiException(String operationId, int status, String code, String serverMessage, Duration retryAfter, String explanation) {
    super(operationId, describe(operationId, status, code, explanation), null);
    this.status = status;
    this.code = code;
    this.serverMessage = serverMessage;
    this.retryAfter = retryAfter;
  }

  private static String describe(String operationId, int status, String code, String message) {
    StringBuilder sb = new StringBuilder();
    sb.append(operationId).append(": HTTP ").append(status);
    if (code != null) {
      sb.append(' ').append(code);
    }
    if (message != null && !message.isBlank()) {
      sb.append(": ").append(message);
    }
    return sb.toString();
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The error code from the body ({@code invalid_instance}, ...), or null when the body had none. */
  public String code() {
    return code;
  }

  /** The message from the body (secrets masked), or null. */
  public String serverMessage() {
    return serverMessage;
  }

  /** How long the server asked to wait ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
