package io.wawpkit.session.client.errors;

/**
 * Base of every failure the client reports. Messages never carry a secret: the token, proxy
 * passwords and HMAC keys are masked before a message is built.
 */
public abstract class WawpException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String operationId;

  protected WawpException(String operationId, String message, Throwable cause) {
    super(message, cause);
    this.operationId = operationId;
  }

  /** The spec's operationId of the call that failed, or null when no call was made. */
  public String operationId() {
    return operationId;
  }
}
