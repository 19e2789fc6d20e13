package io.wawpkit.session.mock.internal.http;

import io.undertow.server.HttpServerExchange;
import io.wawpkit.session.spec.CredentialNames;
import java.util.Deque;

/**
 * The credentials of a request in either of the spec's two forms, under the names its security
 * schemes give ({@link CredentialNames}): query {@code access_token} + {@code instance_id}, or
 * {@code Authorization: Bearer} + {@code X-Instance-ID}. A JSON body is never looked at:
 * credentials in a body are not credentials.
 */
public record Credentials(String token, String instanceId) {

  public static Credentials of(HttpServerExchange ex, CredentialNames names) {
    // The spec's precedence: each credential on its own, the query string first, then the header;
    // the same for create and every instance operation.
    String token = query(ex, names.tokenParameter());
    if (token == null) {
      token = names.token(ex.getRequestHeaders().getFirst(names.authorizationHeader()));
    }
    String instance = query(ex, names.instanceParameter());
    if (instance == null) {
      String header = ex.getRequestHeaders().getFirst(names.instanceHeader());
      instance = header == null || header.isEmpty() ? null : header;
    }
    return new Credentials(token, instance);
  }

  /**
   * The lenient mock's reading: a credential missing from the query and the headers may come from
   * a JSON or form body (some of the docs' parameter tables list them as body fields).
   */
  public static Credentials withBody(HttpServerExchange ex, byte[] body, CredentialNames names) {
    Credentials c = of(ex, names);
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
    return new Credentials(c.token != null ? c.token : blankToNull(fields.get(names.tokenParameter())),
        c.instanceId != null ? c.instanceId : blankToNull(fields.get(names.instanceParameter())));
  }

  private static String blankToNull(String v) {
    return v == null || v.isEmpty() ? null : v;
  }

  private static String query(HttpServerExchange ex, String name) {
    Deque<String> values = ex.getQueryParameters().get(name);
    String v = values == null ? null : values.peekFirst();
    return v == null || v.isEmpty() ? null : v;
  }

  @Override
  public String toString() {
    return "Credentials[instance " + instanceId + "]"; // never the token
  }
}
