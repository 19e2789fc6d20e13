package io.wawpkit.session.conformance.pact;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.PathItem;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one pact interaction (V4 JSON) against the spec: its method and path are a documented
 * operation, its status is one that operation documents, and its request and response (the pact's
 * example values) validate with swagger-request-validator. A pact that promises what the spec does
 * not would pass against a provider built to the pact and still break against one built to the spec.
 */
final class PactSpecCheck {
  private final WawpSpec spec;
  private final OpenApiInteractionValidator validator;

  PactSpecCheck(WawpSpec spec) {
    this.spec = spec;
    // The pacts' paths are the spec's paths (the version prefix belongs to the base URL). Fields the
    // schemas do not name are a warning, as everywhere in the suite: the schemas do not forbid them.
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.text())
        .withBasePathOverride("/")
        .withLevelResolver(LevelResolver.create()
            .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.WARN)
            .build())
        .build();
  }

  /** The documented operation an interaction exercises, if any. */
  Optional<SpecOperation> operation(JsonNode interaction) {
    JsonNode request = interaction.path("request");
    try {
      PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(request.path("method").asText().toUpperCase());
      return spec.operation(method, request.path("path").asText());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What is wrong with an interaction, one line each; empty when it agrees with the spec. */
  List<String> problems(JsonNode interaction) {
    String name = "'" + interaction.path("description").asText() + "'";
    List<String> problems = new ArrayList<>();
    if (!"Synchronous/HTTP".equals(interaction.path("type").asText())) {
      problems.add(name + ": not a V4 HTTP interaction (type " + interaction.path("type") + ")");
      return problems;
    }
    JsonNode request = interaction.path("request");
    JsonNode response = interaction.path("response");
    String method = request.path("method").asText().toUpperCase();
    String path = request.path("path").asText();
    Optional<SpecOperation> op = operation(interaction);
    if (op.isEmpty()) {
      problems.add(name + ": " + method + " " + path + " is not a documented operation");
      return problems;
    }
    int status = response.path("status").asInt();
    if (!op.get().documentedStatuses().contains(status)) {
      problems.add(name + ": " + op.get().operationId() + " does not document status " + status);
    }
    report(name + " request", validator.validateRequest(request(method, path, request)), problems);
    report(name + " response", validator.validateResponse(path, Request.Method.valueOf(method), response(response)),
        problems);
    return problems;
  }

  private static SimpleRequest request(String method, String path, JsonNode request) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(method, path);
    headers(request).forEach((k, v) -> b.withHeader(k, v));
    request.path("query").fields().forEachRemaining(q -> q.getValue().forEach(v -> b.withQueryParam(q.getKey(), v.asText())));
    body(request).ifPresent(b::withBody);
    return b.build();
  }

  private static SimpleResponse response(JsonNode response) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(response.path("status").asInt());
    headers(response).forEach((k, v) -> b.withHeader(k, v));
    body(response).ifPresent(b::withBody);
    return b.build();
  }

  private static Map<String, List<String>> headers(JsonNode part) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    part.path("headers").fields().forEachRemaining(h -> {
      List<String> values = new ArrayList<>();
      if (h.getValue().isArray()) {
        h.getValue().forEach(v -> values.add(v.asText()));
      } else {
        values.add(h.getValue().asText());
      }
      headers.put(h.getKey(), values);
    });
    return headers;
  }

  /** A V4 body: {"content": ..., "contentType": ..., "encoded": false}; JSON content is a tree. */
  private static Optional<String> body(JsonNode part) {
    JsonNode body = part.path("body");
    if (body.isMissingNode() || body.path("content").isMissingNode()) {
      return Optional.empty();
    }
    JsonNode content = body.path("content");
    return Optional.of(content.isTextual() && body.path("encoded").asBoolean(false) ? content.asText() : content.toString());
  }

  private static void report(String what, ValidationReport report, List<String> problems) {
    report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .forEach(m -> problems.add(what + ": " + m.getKey() + ": " + m.getMessage()));
  }
}
