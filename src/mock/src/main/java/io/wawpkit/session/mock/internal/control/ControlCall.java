package io.wawpkit.session.mock.internal.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Every call of the control API, its method and its path under {@link #PREFIX}: written once, for
 * the mock's {@link ControlHandler} that routes them and the HTTP client {@code MockControl.over(...)}
 * that makes them. A {@code {name}} segment of a path is a parameter.
 */
public enum ControlCall {
  HEALTH("GET", "/health"),
  STATE("GET", "/state"),
  RESET("POST", "/reset"),
  BULK_CREATE("POST", "/sessions"),
  SCAN("POST", "/sessions/{id}/scan"),
  /** A person types the pairing code: {@code {"code": "ABCD-1234"}}. */
  PAIRING_CODE("POST", "/sessions/{id}/pairing-code"),
  FAIL("POST", "/sessions/{id}/fail"),
  MOVE("POST", "/sessions/{id}/moves/{name}"),
  /** Also answered to POST, as it always was; the documented method is PUT. */
  SET_PLAN("PUT", "/accounts/{id}/plan", "POST"),
  FAULTS("GET", "/faults"),
  INJECT_FAULT("POST", "/faults"),
  CLEAR_FAULTS("DELETE", "/faults"),
  CLEAR_FAULT("DELETE", "/faults/{operation}"),
  REQUESTS("GET", "/requests"),
  CLEAR_REQUESTS("DELETE", "/requests"),
  DELIVERIES("GET", "/webhook-deliveries"),
  /** The page a temporary link points at (a public page: see {@link ControlGuard}). */
  TEMP_QR("GET", "/temp-qr/{token}");

  /** Where the control API lives on the mock's origin. */
  public static final String PREFIX = "/_mock";

  /**
   * What a parameter may hold: the characters a path segment may carry unescaped, but {@code ;}
   * (the mock refuses escapes and {@code ;} parameters, see {@link ControlGuard}).
   */
  private static final Pattern PLAIN_SEGMENT = Pattern.compile("[A-Za-z0-9._~!$&'()*+,=:@-]+");

  /** A call the handler recognised, with its parameters in the order of the path. */
  public record Match(ControlCall call, List<String> params) {
    String param(int i) {
      return params.get(i);
    }
  }

  private final String method;
  private final String otherMethod;
  private final String template;
  private final String[] segments;

  ControlCall(String method, String template) {
    this(method, template, null);
  }

  ControlCall(String method, String template, String otherMethod) {
    this.method = method;
    this.otherMethod = otherMethod;
    this.template = template;
    this.segments = template.split("/");
  }

  /** The method the client uses. */
  public String method() {
    return method;
  }

  /** The path under the prefix with its parameters in braces, such as {@code /sessions/{id}/scan}. */
  public String template() {
    return template;
  }

  /** The template up to its first parameter, such as {@code /temp-qr/}. */
  public String fixedPart() {
    int brace = template.indexOf('{');
    return brace < 0 ? template : template.substring(0, brace);
  }

  /**
   * The path under the prefix with the parameters filled in.
   *
   * @throws IllegalArgumentException when a parameter cannot be written plainly in a path
   */
  public String path(String... params) {
    long count = Arrays.stream(segments).filter(ControlCall::isParam).count();
    if (params.length != count) {
      throw new IllegalArgumentException(template + " takes " + count + " parameters, not " + params.length);
    }
    StringBuilder path = new StringBuilder();
    int next = 0;
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (isParam(segment)) {
        String value = Objects.requireNonNull(params[next++], segment);
        if (!PLAIN_SEGMENT.matcher(value).matches()) {
          throw new IllegalArgumentException("'" + value + "' cannot be written plainly in a control path");
        }
        segment = value;
      }
      path.append('/').append(segment);
    }
    return path.toString();
  }

  /**
   * The call a request means, or null.
   *
   * @param method the request's method
   * @param path the request's path split at {@code /}, the prefix removed (its first element is empty)
   */
  public static Match match(String method, String[] path) {
    for (ControlCall call : values()) {
      if ((call.method.equals(method) || method.equals(call.otherMethod)) && path.length == call.segments.length) {
        List<String> params = call.matches(path);
        if (params != null) {
          return new Match(call, params);
        }
      }
    }
    return null;
  }

  private List<String> matches(String[] path) {
    List<String> params = new ArrayList<>();
    for (int i = 1; i < segments.length; i++) {
      if (isParam(segments[i])) {
        params.add(path[i]);
      } else if (!segments[i].equals(path[i])) {
        return null;
      }
    }
    return params;
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{");
  }
}
