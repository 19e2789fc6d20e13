package io.wawpkit.session.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.wawpkit.session.client.errors.BadRequestException;
import io.wawpkit.session.client.errors.NotFoundException;
import io.wawpkit.session.client.errors.PlanLimitException;
import io.wawpkit.session.client.errors.RateLimitedException;
import io.wawpkit.session.client.errors.ServerErrorException;
import io.wawpkit.session.client.errors.UnauthorizedException;
import io.wawpkit.session.client.errors.WawpApiException;
import io.wawpkit.session.client.errors.WrongSessionStatusException;
import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.generated.model.SessionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns an error answer into the typed exception for its status. It replaces the generated
 * decoder, which would turn 401/403 into retryable errors and so send them twice. Nothing here
 * retries: retries are decided per operation by the client from the spec's marks.
 */
public final class WawpErrorDecoder implements ErrorDecoder {
  /** Most of an error body that is read. */
  private static final int MAX_BODY = 64 * 1024;

  private final ObjectMapper json;
  private final Redactor redactor;

  public WawpErrorDecoder(ObjectMapper json, Redactor redactor) {
    this.json = json;
    this.redactor = redactor;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    String operationId = operationId(methodKey);
    ErrorBody body = ErrorBody.parse(read(response), header(response.headers(), "Content-Type"), json);
    String message = ErrorBody.shorten(redactor.redact(body.message() != null ? body.message() : reason(response)));
    String code = ErrorBody.shorten(redactor.redact(body.code()));
    Duration retryAfter = retryAfter(header(response.headers(), "Retry-After"));
    if (response.status() == 422 && INVALID_SESSION.equals(body.code())) {
      return wrongStatus(operationId, code, message, retryAfter, body);
    }
    return forStatus(operationId, response.status(), code, message, retryAfter);
  }

  /** The code of the spec's {@code WrongStatus} answer (422): a login operation in a status that does not serve it. */
  static final String INVALID_SESSION = "invalid_session";

  /**
   * The spec's {@code WrongStatus}: the statuses are read as the enum (an unknown one as
   * {@code UNKNOWN}), so only their names can reach the exception's message.
   */
  private static WrongSessionStatusException wrongStatus(String operationId, String code, String message, Duration retryAfter,
      ErrorBody body) {
    SessionStatus now = body.sessionStatus() == null ? null : SessionStatus.fromValue(body.sessionStatus());
    List<SessionStatus> expected = body.expected().stream().map(SessionStatus::fromValue).toList();
    return new WrongSessionStatusException(operationId, 422, code, message, retryAfter, now, expected);
  }

  /** The server's reason phrase; the JDK client gives none, so the standard one for common codes. */
  private static String reason(Response response) {
    if (response.reason() != null && !response.reason().isBlank()) {
      return response.reason();
    }
    return STANDARD_REASONS.get(response.status());
  }

  private static final Map<Integer, String> STANDARD_REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
      Map.entry(413, "Payload Too Large"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  /** The typed exception for a status. */
  public static WawpApiException forStatus(String operationId, int status, String code, String message, Duration retryAfter) {
    return switch (status) {
      case 401 -> new UnauthorizedException(operationId, status, code, message, retryAfter);
      case 403 -> new PlanLimitException(operationId, status, code, message, retryAfter);
      case 404 -> new NotFoundException(operationId, status, code, message, retryAfter);
      case 429 -> new RateLimitedException(operationId, status, code, message, retryAfter);
      default -> {
        if (status >= 500) {
          yield new ServerErrorException(operationId, status, code, message, retryAfter);
        }
        if (status >= 400) {
          yield new BadRequestException(operationId, status, code, message, retryAfter);
        }
        yield new WawpApiException(operationId, status, code, message, retryAfter);
      }
    };
  }

  /** The operationId from Feign's method key, such as {@code InfoApi#getSessionInfo()}. */
  public static String operationId(String methodKey) {
    String name = methodKey;
    int hash = name.indexOf('#');
    if (hash >= 0) {
      name = name.substring(hash + 1);
    }
    int paren = name.indexOf('(');
    if (paren >= 0) {
      name = name.substring(0, paren);
    }
    return name.endsWith("WithHttpInfo") ? name.substring(0, name.length() - "WithHttpInfo".length()) : name;
  }

  /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (RuntimeException notADate) {
        return null;
      }
    }
  }

  private static String header(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> h : headers.entrySet()) {
      if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
        return h.getValue().iterator().next();
      }
    }
    return null;
  }

  private static byte[] read(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(MAX_BODY);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
