package io.wawpkit.session.mock.internal.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.util.Map;

/** Writes JSON answers. */
public final class Responses {
  private static final String JSON = "application/json";

  private Responses() {}

  public static void json(HttpServerExchange ex, int status, Object body) {
    send(ex, status, Json.bytes(body), JSON);
  }

  /** A JSON answer with headers of its own (the no-cache headers of a QR). */
  public static void json(HttpServerExchange ex, int status, Object body, Map<String, String> headers) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      ex.getResponseHeaders().put(HttpString.tryFromString(h.getKey()), h.getValue());
    }
    json(ex, status, body);
  }

  public static void error(HttpServerExchange ex, ApiError error) {
    for (Map.Entry<String, String> h : error.headers().entrySet()) {
      ex.getResponseHeaders().put(HttpString.tryFromString(h.getKey()), h.getValue());
    }
    json(ex, error.status(), error.body());
  }

  public static void send(HttpServerExchange ex, int status, byte[] body, String contentType) {
    ex.setStatusCode(status);
    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    ex.getResponseSender().send(ByteBuffer.wrap(body));
  }
}
