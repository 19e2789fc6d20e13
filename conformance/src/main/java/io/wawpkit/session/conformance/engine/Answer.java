package io.wawpkit.session.conformance.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;

/**
 * An answer: its report form ({@link Exchange}) and, for the checks, its JSON body and headers.
 *
 * @param exchange the request and answer as reports show them (masked)
 * @param json the body as JSON, or a missing node when it is not JSON
 * @param headers the answer's headers (names in lower case)
 */
public record Answer(Exchange exchange, JsonNode json, Map<String, List<String>> headers) {
  /** A request that got no answer. */
  public static Answer none(Exchange exchange) {
    return new Answer(exchange, MissingNode.getInstance(), Map.of());
  }

  public int status() {
    return exchange.status();
  }

  /** A text field of the body, or null. */
  public String text(String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Whether the answer conforms to the contract (no validator error). */
  public boolean conforms() {
    return exchange.contractErrors().isEmpty() && exchange.status() > 0;
  }

  /** The error body's code, when the answer is an Error. */
  public String errorCode() {
    return text("code");
  }
}
