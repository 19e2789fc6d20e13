package io.wawpkit.session.mock.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Deque;

/**
 * The credentials of a request in either of the spec's two forms: query {@code access_token} +
 * {@code instance_id}, or {@code Authorization: Bearer} + {@code X-Instance-ID}. A JSON body is
 * never looked at: credentials in a body are not credentials.
 */
public record Credentials(String token, String instanceId) {
  private static final String BEARER = "bearer ";

  public static Credentials of(HttpServerExchange ex) {
    // The spec's precedence: each credential on its own, the query string first, then the header;
    // the same for create and every instance operation.
    String token = query(ex, "access_token");
    if (token == null) {
      token = bearer(ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
    }
    String instance = query(ex, "instance_id");
    if (instance == null) {
      String header = ex.getRequestHeaders().getFirst("X-Instance-ID");
      instance = header == null || header.isEmpty() ? null : header;
    }
    return new Credentials(token, instance);
  }

  /**
   * The lenient mock's reading: a credential missing from the query and the headers may come from
   * a JSON or form body (some of the docs' parameter tables list them as body fields).
   */
  public static Credentials withBody(HttpServerExchange ex, byte[] body) {
    Credentials c = of(ex);
    if ((c.token != null && c.instanceId != null) || body.length == 0) {
      return c;
    }
    java.util.Map<String, String> fields = new java.util.HashMap<>();
    if (FormBody.isForm(ex)) {
      fields.putAll(FormBody.fields(body));
    } else {
      try {
        Json.tree(body).fields().forEachRemaining(f -> {
          if (f.getValue().isTextual()) {
            fields.put(f.getKey(), f.getValue().asText());
          }
        });
      } catch (java.io.IOException e) {
        return c; // not JSON: no credentials in it
      }
    }
    return new Credentials(c.token != null ? c.token : blankToNull(fields.get("access_token")),
        c.instanceId != null ? c.instanceId : blankToNull(fields.get("instance_id")));
  }

  private static String blankToNull(String v) {
    return v == null || v.isEmpty() ? null : v;
  }

  private static String query(HttpServerExchange ex, String name) {
    Deque<String> values = ex.getQueryParameters().get(name);
    String v = values == null ? null : values.peekFirst();
    return v == null || v.isEmpty() ? null : v;
  }

  private static String bearer(String header) {
    if (header == null || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String token = header.substring(BEARER.length()).trim();
    return token.isEmpty() ? null : token;
  }

  @Override
  public String toString() {
    return "Credentials[instance " + instanceId + "]"; // never the token
  }
}
