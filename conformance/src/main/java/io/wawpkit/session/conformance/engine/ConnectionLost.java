package io.wawpkit.session.conformance.engine;

/**
 * The target stopped accepting connections in the middle of a run. Every later request would only
 * add a "no answer" failure, so the run stops and says so in one line (exit 2, like a target that
 * cannot be reached at the start).
 */
public final class ConnectionLost extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConnectionLost(String message) {
    super(message);
  }
}
