package io.wawpkit.session.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import io.wawpkit.session.mock.spec.ErrorCatalog;
import io.wawpkit.session.spec.SpecOperation;
import java.io.IOException;
import java.util.Deque;
import java.util.Map;

/**
 * Folds the query-string form of a request parameter into the JSON body it is another form of
 * ({@code x-wawp-body-property}: rate-limit's {@code policy_slug}, webhook's {@code webhooks}), so
 * that one body is validated and read whichever form the client chose. The query string wins when
 * both carry a member (the spec's stated precedence: the query is the documented form).
 */
final class ParameterForms {
  private final ErrorCatalog errors;

  ParameterForms(ErrorCatalog errors) {
    this.errors = errors;
  }

  /** The body to validate and read, or the body as it came when the operation has no such form. */
  byte[] merge(HttpServerExchange ex, SpecOperation op, byte[] body) {
    Map<String, SpecOperation.BodyProperty> forms = op.bodyProperties();
    if (forms.isEmpty()) {
      return body;
    }
    ObjectNode merged = null;
    for (Map.Entry<String, SpecOperation.BodyProperty> form : forms.entrySet()) {
      Deque<String> values = ex.getQueryParameters().get(form.getKey());
      String value = values == null ? null : values.peekFirst();
      if (value == null) {
        continue;
      }
      if (merged == null) {
        merged = bodyObject(body);
      }
      merged.set(form.getValue().member(), form.getValue().jsonEncoded()
          ? decode(form.getKey(), value)
          : merged.textNode(value));
    }
    if (merged == null) {
      if (body.length == 0 || lacksEveryMember(body, forms)) {
        throw errors.missingParameter("Missing parameter: " + String.join(" or ", forms.keySet())
            + " (in the query string, or as a member of a JSON body).");
      }
      return body;
    }
    return Json.bytes(merged);
  }

  private static boolean lacksEveryMember(byte[] body, Map<String, SpecOperation.BodyProperty> forms) {
    try {
      JsonNode tree = Json.tree(body);
      return tree instanceof ObjectNode object
          && forms.values().stream().noneMatch(f -> object.has(f.member()));
    } catch (IOException e) {
      return false; // not JSON: the validator says so
    }
  }

  private ObjectNode bodyObject(byte[] body) {
    try {
      JsonNode tree = Json.tree(body);
      if (tree instanceof ObjectNode object) {
        return object;
      }
    } catch (IOException e) {
      // a body that is not JSON is refused below, as a body with the wrong shape
    }
    throw errors.invalidParameter("The body is not a JSON object.");
  }

  private JsonNode decode(String name, String value) {
    try {
      return Json.MAPPER.readTree(value);
    } catch (IOException e) {
      throw errors.invalidParameter("The query parameter " + name + " is not valid JSON.");
    }
  }
}
