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
    String queryToken = query(ex, "access_token");
    String queryInstance = query(ex, "instance_id");
    String bearer = bearer(ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
    String headerInstance = ex.getRequestHeaders().getFirst("X-Instance-ID");
    // Prefer a complete pair; the validator has already refused requests with neither form.
    if (queryToken != null && (queryInstance != null || bearer == null)) {
      return new Credentials(queryToken, queryInstance != null ? queryInstance : headerInstance);
    }
    if (bearer != null) {
      return new Credentials(bearer, headerInstance != null ? headerInstance : queryInstance);
    }
    return new Credentials(queryToken, queryInstance);
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
