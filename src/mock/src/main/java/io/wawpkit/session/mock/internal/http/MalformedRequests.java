package io.wawpkit.session.mock.internal.http;

import io.wawpkit.session.mock.internal.spec.ErrorCatalog;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a request Undertow could not parse, from the bytes last read on its
 * connection: which part of the request target (the path, or which query parameter) holds a
 * broken percent escape. Answered as the spec's 400 {@code invalid_parameter}.
 */
public final class MalformedRequests {
  private static final Pattern REQUEST_LINE = Pattern.compile("(?m)^[A-Z]+ (\\S+) HTTP/\\d\\.\\d$");
  private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
  private static final String HOW = "a '%' must be followed by two hexadecimal digits";
  private static final int MAX_ECHO = 200;

  private final ErrorCatalog errors;

  public MalformedRequests(ErrorCatalog errors) {
    this.errors = errors;
  }

  /**
   * The error for a request Undertow refused: a {@code Host} problem when its reason phrase names
   * one, else the first request line among {@code recent} with a broken escape, else a generic one.
   */
  public ApiError explain(String recent, String reason) {
    String host = hostProblem(reason);
    if (host != null) {
      return errors.invalidParameter(host);
    }
    Matcher line = REQUEST_LINE.matcher(recent);
    while (line.find()) {
      ApiError broken = brokenTarget(line.group(1));
      if (broken != null) {
        return broken;
      }
    }
    return errors.invalidParameter("The request could not be read: its request line or headers are not valid HTTP/1.1.");
  }

  /** Undertow's host check's reason phrases, in words a caller can act on. */
  private static String hostProblem(String reason) {
    if (reason == null || !reason.contains("Host")) {
      return null;
    }
    if (reason.startsWith("No Host")) {
      return "The request has no Host header; HTTP/1.1 requires exactly one.";
    }
    if (reason.startsWith("Only One Host")) {
      return "The request has more than one Host header; HTTP/1.1 requires exactly one.";
    }
    return "The Host header is malformed (" + reason + "): send a host name or IP address, optionally with :port.";
  }

  private ApiError brokenTarget(String target) {
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    if (broken(path)) {
      return errors.invalidParameter("The request path " + echo(path) + " is not valid percent-encoding: " + HOW + ".");
    }
    if (q < 0) {
      return null;
    }
    for (String pair : target.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (broken(name)) {
        return errors.invalidParameter("A query parameter name is not valid percent-encoding: " + HOW + ".");
      }
      if (eq >= 0 && broken(pair.substring(eq + 1))) {
        // the name only: the value may be a token
        return errors.invalidParameter("The query parameter " + echo(name) + " is not valid percent-encoding: " + HOW + ".");
      }
    }
    return null;
  }

  private static boolean broken(String s) {
    return BROKEN_ESCAPE.matcher(s).find();
  }

  private static String echo(String s) {
    return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "...";
  }
}
