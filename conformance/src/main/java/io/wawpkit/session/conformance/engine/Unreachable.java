package io.wawpkit.session.conformance.engine;

/**
 * The target did not answer the one request sent before a run, so no check runs: one clear message
 * (exit 2 on the command line) instead of a run of "no answer" failures. The message names the base
 * URL, which carries no credentials ({@link RunOptions} refuses one that does).
 */
public final class Unreachable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unreachable(String message) {
    super(message);
  }
}
