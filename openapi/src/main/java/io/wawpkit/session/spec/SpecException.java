package io.wawpkit.session.spec;

/** The spec cannot be read, or its lifecycle model is incomplete or inconsistent. */
public final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SpecException(String message) {
    super(message);
  }

  public SpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
