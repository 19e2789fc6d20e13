package io.wawpkit.session.mock.internal.http;

import java.util.Map;

/** An error answer in the spec's Error shape: {@code {code, message, data: {status}}}. */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Map<String, String> headers;
  /** Members of {@code data} besides {@code status}, in order (the wrong-status answer names the status). */
  private final transient Map<String, Object> data;

  public ApiError(int status, String code, String message, Map<String, String> headers) {
    this(status, code, message, headers, Map.of());
  }

  public ApiError(int status, String code, String message, Map<String, String> headers, Map<String, Object> data) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.headers = Map.copyOf(headers);
    this.data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
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
    if (data.isEmpty()) {
      return Map.of("code", code, "message", getMessage(), "data", Map.of("status", status));
    }
    Map<String, Object> all = new java.util.LinkedHashMap<>();
    all.put("status", status);
    all.putAll(data);
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("code", code);
    body.put("message", getMessage());
    body.put("data", all);
    return body;
  }
}
