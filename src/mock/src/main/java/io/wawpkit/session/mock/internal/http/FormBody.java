package io.wawpkit.session.mock.internal.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body, read by the lenient mock only. */
final class FormBody {
  private FormBody() {}

  static boolean isForm(HttpServerExchange ex) {
    String type = ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** Its fields, the first value of each; empty for an empty body. */
  static Map<String, String> fields(byte[] body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.putIfAbsent(name, value);
    }
    return fields;
  }
}
