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
