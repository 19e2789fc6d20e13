package io.wawpkit.session.conformance.engine;

/**
 * The run's time budget ({@code --max-time}) ran out: the group that runs stops, those after it do
 * not start, and the checks not run are reported as skipped. Not a finding about the target.
 */
public final class OutOfTime extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutOfTime(String message) {
    super(message);
  }
}
