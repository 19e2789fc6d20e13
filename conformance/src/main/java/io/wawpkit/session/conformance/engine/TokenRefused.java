package io.wawpkit.session.conformance.engine;

/**
 * The target refused a token the suite was given (401 on a harmless read or on create): every check
 * would only blame the API for it, so the run stops at once and says so in one line (exit 2). The
 * message names which token, never its value.
 */
public final class TokenRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TokenRefused(String message) {
    super(message);
  }
}
