package io.wawpkit.session.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the spec with the project's vendor extensions read out.
 *
 * @param operationId the unique operation id
 * @param method the HTTP method
 * @param path the path relative to the server URL, such as {@code /session/start}
 * @param action the lifecycle action ({@code x-wawp-action}): an action of the model, {@code read}
 *     or {@code settings}
 * @param safeToRepeat whether repeating the request has the effect of sending it once
 *     ({@code x-wawp-safe-to-repeat})
 * @param paidOnly whether free accounts get 403 subscription_required ({@code x-wawp-plan: paid})
 * @param apiVersions the API versions that serve it ({@code x-wawp-api-versions})
 * @param operation the parsed OpenAPI operation
 */
public record SpecOperation(
    String operationId,
    PathItem.HttpMethod method,
    String path,
    String action,
    boolean safeToRepeat,
    boolean paidOnly,
    List<String> apiVersions,
    Operation operation) {

  /** A pure read: no lifecycle change, no settings change. */
  public static final String READ = "read";

  /** A write that changes settings but not the lifecycle. */
  public static final String SETTINGS = "settings";

  /** Whether the operation needs an instance id (every operation but create). */
  public boolean needsInstance() {
    return !LifecycleModel.CREATE.equals(action);
  }

  /** Whether the operation changes the lifecycle status. */
  public boolean changesLifecycle() {
    return !READ.equals(action) && !SETTINGS.equals(action);
  }

  /** The status codes the spec documents for this operation. */
  public List<Integer> documentedStatuses() {
    return operation.getResponses().keySet().stream()
        .filter(k -> k.chars().allMatch(Character::isDigit))
        .map(Integer::valueOf)
        .toList();
  }

  /**
   * The query parameters that are another form of a request-body member
   * ({@code x-wawp-body-property}), by parameter name: the two are one parameter, and the query
   * string wins when both carry it.
   */
  public Map<String, BodyProperty> bodyProperties() {
    Map<String, BodyProperty> found = new LinkedHashMap<>();
    if (operation.getParameters() == null) {
      return found;
    }
    for (Parameter p : operation.getParameters()) {
      Object member = p.getExtensions() == null ? null : p.getExtensions().get(Extensions.BODY_PROPERTY);
      if (member != null && "query".equals(p.getIn())) {
        found.put(p.getName(), new BodyProperty(member.toString(),
            Boolean.TRUE.equals(p.getExtensions().get(Extensions.JSON_ENCODED))));
      }
    }
    return found;
  }

  /**
   * A body member a query parameter stands for.
   *
   * @param member the body member's name
   * @param jsonEncoded whether the query value is the member as JSON text
   *     ({@code x-wawp-json-encoded}), rather than the member's string value itself
   */
  public record BodyProperty(String member, boolean jsonEncoded) {}

  /**
   * The query parameter whose value selects which of the answer's {@code oneOf} branches the
   * operation answers ({@code x-wawp-selects}: v1's getQr, raw or image by {@code format}); empty
   * for an operation with one answer shape.
   *
   * @throws SpecException when the extension is not a map of values to schema references
   */
  public Optional<AnswerSelector> answerSelector() {
    if (operation.getParameters() == null) {
      return Optional.empty();
    }
    for (Parameter p : operation.getParameters()) {
      Object selects = p.getExtensions() == null ? null : p.getExtensions().get(Extensions.SELECTS);
      if (selects == null) {
        continue;
      }
      if (!(selects instanceof Map<?, ?> byValue) || byValue.isEmpty()) {
        throw new SpecException(label() + ": " + Extensions.SELECTS + " of " + p.getName() + " must map values to schemas");
      }
      Map<String, String> schemas = new LinkedHashMap<>();
      byValue.forEach((value, ref) -> schemas.put(String.valueOf(value), schemaName(String.valueOf(ref))));
      Object fallback = p.getSchema() == null ? null : p.getSchema().getDefault();
      String defaultValue = fallback == null ? null : fallback.toString();
      if (defaultValue == null || !schemas.containsKey(defaultValue)) {
        throw new SpecException(label() + ": " + p.getName() + " selects an answer, so its schema needs a default among "
            + schemas.keySet());
      }
      return Optional.of(new AnswerSelector(p.getName(), defaultValue, Map.copyOf(schemas)));
    }
    return Optional.empty();
  }

  /** The name of a component schema from its reference ({@code #/components/schemas/QrRaw}: {@code QrRaw}). */
  static String schemaName(String ref) {
    String prefix = "#/components/schemas/";
    if (!ref.startsWith(prefix)) {
      throw new SpecException("not a component schema reference: " + ref);
    }
    return ref.substring(prefix.length());
  }

  /**
   * A query parameter that selects the answer's shape.
   *
   * @param parameter the parameter's name ({@code format})
   * @param defaultValue the value that applies when the request does not send it
   * @param schemaByValue the component schema's name each value selects
   */
  public record AnswerSelector(String parameter, String defaultValue, Map<String, String> schemaByValue) {
    /** The schema a request's value selects (null: not sent, so the default); null for a value it does not list. */
    public String schemaFor(String value) {
      return schemaByValue.get(value == null ? defaultValue : value);
    }
  }

  /**
   * The first example of the JSON request body (with an inline value), as a tree of its own; empty
   * for an operation that takes no body. The spec lists first the example that changes the least
   * (no webhook to deliver to, the free standard policy): a valid body a tool may send whenever it
   * needs one.
   */
  public Optional<JsonNode> requestExample() {
    return requestExamples().values().stream().findFirst();
  }

  /** Every example of the JSON request body with an inline value, by name, in the spec's order. */
  public Map<String, JsonNode> requestExamples() {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return Map.of();
    }
    return WawpSpec.examples(operation.getRequestBody().getContent().get(WawpSpec.JSON_MEDIA));
  }

  /** Method and path, such as {@code POST /session/start}. */
  public String label() {
    return method + " " + path;
  }
}
