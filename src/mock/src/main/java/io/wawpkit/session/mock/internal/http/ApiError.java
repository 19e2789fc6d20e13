package io.wawpkit.session.mock.internal.http;

import java.util.Map;

/** An error answer in the spec's Error shape: {@code {code, message, data: {status}}}. */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Map<String, String> headers;

  public ApiError(int status, String code, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.headers = Map.copyOf(headers);
  }

  public ApiError(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The body as the spec's Error schema has it. */
  public Map<String, Object> body() {
    return Map.of("code", code, "message", getMessage(), "data", Map.of("status", status));
  }
}
