package io.wawpkit.session.client.errors;

/** The API answered with a success status but a body that is not what the contract describes. */
public final class MalformedResponseException extends WawpException {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String operationId, String message) {
    super(operationId, message, null);
  }
}
