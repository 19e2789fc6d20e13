package io.wawpkit.session.mock.control;

/**
 * A fault to inject into an operation: added latency, then a status code (answered with the
 * spec's Error body) or a dropped connection, or neither (latency only).
 *
 * @param operation an operationId of the spec, or {@code *} for every operation
 * @param latencyMillis delay before the answer (0 for none)
 * @param status the status to answer instead of the real answer, or null
 * @param drop whether to close the connection without answering
 * @param times how many calls it applies to, or null until cleared
 */
public record Fault(String operation, long latencyMillis, Integer status, boolean drop, Integer times) {
  public static final String EVERY_OPERATION = "*";

  public Fault {
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException("a fault needs an operation (an operationId or *)");
    }
    if (latencyMillis < 0 || (times != null && times < 1)) {
      throw new IllegalArgumentException("latencyMillis must be >= 0 and times >= 1");
    }
    if (status != null && (status < 100 || status > 599)) {
      throw new IllegalArgumentException("status must be an HTTP status code");
    }
  }

  public static Fault status(String operation, int status, Integer times) {
    return new Fault(operation, 0, status, false, times);
  }

  public static Fault latency(String operation, long millis, Integer times) {
    return new Fault(operation, millis, null, false, times);
  }

  public static Fault drop(String operation, Integer times) {
    return new Fault(operation, 0, null, true, times);
  }
}
