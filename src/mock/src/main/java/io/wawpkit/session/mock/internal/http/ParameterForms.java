package io.wawpkit.session.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.internal.spec.ErrorCatalog;
import io.wawpkit.session.spec.SpecOperation;
import java.io.IOException;
import java.util.Deque;
import java.util.Map;

/**
 * Folds the query-string form of a request parameter into the JSON body it is another form of
 * ({@code x-wawp-body-property}: rate-limit's {@code policy_slug}, webhook's {@code webhooks}), so
 * that one body is validated and read whichever form the client chose. The query string wins when
 * both carry a member (the spec's stated precedence: the query is the documented form). The
 * lenient mock also reads a form body, and lets the body win (WordPress REST's order).
 */
final class ParameterForms {
  private final ErrorCatalog errors;
  private final Positions positions;

  ParameterForms(ErrorCatalog errors, Positions positions) {
    this.errors = errors;
    this.positions = positions;
  }

  /** The body to validate and read, or the body as it came when nothing had to be folded in. */
  byte[] merge(HttpServerExchange ex, SpecOperation op, byte[] body) {
    Map<String, SpecOperation.BodyProperty> forms = op.bodyProperties();
    if (forms.isEmpty()) {
      return body;
    }
    boolean formBody = positions.departsFrom(Positions.Departure.FORM_BODY_PARAMETERS) && FormBody.isForm(ex);
    Map<String, String> formFields = formBody ? FormBody.fields(body) : Map.of();
    ObjectNode json = formBody || body.length == 0 ? null : bodyObject(body);
    boolean bodyWins = positions.departsFrom(Positions.Departure.THE_BODY_WINS);
    ObjectNode merged = json == null ? Json.MAPPER.createObjectNode() : json;
    boolean folded = formBody;
    for (Map.Entry<String, SpecOperation.BodyProperty> form : forms.entrySet()) {
      String member = form.getValue().member();
      Deque<String> values = ex.getQueryParameters().get(form.getKey());
      String query = values == null ? null : values.peekFirst();
      String field = formFields.get(form.getKey());
      boolean inJson = json != null && json.has(member);
      // the order of precedence: the query first (the spec), or the body first (lenient)
      String chosen = bodyWins ? (inJson ? null : field != null ? field : query) : (query != null ? query : field);
      if (chosen == null) {
        continue;
      }
      merged.set(member, form.getValue().jsonEncoded() ? decode(form.getKey(), chosen) : merged.textNode(chosen));
      folded = true;
    }
    if (forms.values().stream().noneMatch(f -> merged.has(f.member()))) {
      throw errors.missingParameter("Missing parameter: " + String.join(" or ", forms.keySet())
          + " (in the query string, or as a member of a JSON body).");
    }
    return folded ? Json.bytes(merged) : body;
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
      throw errors.invalidParameter("The parameter " + name + " is not valid JSON.");
    }
  }
}
