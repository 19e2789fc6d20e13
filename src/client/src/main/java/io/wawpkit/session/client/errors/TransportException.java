package io.wawpkit.session.client.errors;

/**
 * No answer: the connection was refused or dropped, the host is unknown, or the call timed out.
 * The message names the operation and the host, never the URL (its query holds the token).
 */
public final class TransportException extends WawpException {
  private static final long serialVersionUID = 1L;

  public TransportException(String operationId, String message, Throwable cause) {
    super(operationId, message, cause);
  }
}
