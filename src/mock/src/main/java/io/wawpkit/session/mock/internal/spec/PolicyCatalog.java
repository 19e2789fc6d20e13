package io.wawpkit.session.mock.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import io.wawpkit.session.spec.SpecException;
import io.wawpkit.session.spec.WawpSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sending policies the mock offers, read from the spec's RateLimitSettings example for a free
 * account: its slugs, names and limits, which are free ({@code available} there) and the policy a
 * new session starts on ({@code current_policy}).
 */
public final class PolicyCatalog {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One policy; {@code paidOnly} when a free account may not choose it. */
  public record Policy(String slug, String name, String description, ObjectNode limits, boolean paidOnly) {}

  private final List<Policy> policies;
  private final String defaultSlug;

  public PolicyCatalog(WawpSpec spec) {
    Map<String, Example> examples = spec.openApi().getComponents().getResponses().get("RateLimitSettings")
        .getContent().get("application/json").getExamples();
    Example free = examples.get("free");
    if (free == null) {
      throw new SpecException("the spec's RateLimitSettings response has no 'free' example");
    }
    JsonNode value = JSON.valueToTree(free.getValue());
    List<Policy> list = new ArrayList<>();
    for (JsonNode p : value.path("policies")) {
      list.add(new Policy(
          p.path("slug").asText(),
          p.path("name").asText(p.path("slug").asText()),
          p.hasNonNull("description") ? p.get("description").asText() : null,
          (ObjectNode) p.path("limits"),
          !p.path("available").asBoolean()));
    }
    if (list.isEmpty()) {
      throw new SpecException("the spec's RateLimitSettings example lists no policies");
    }
    this.policies = List.copyOf(list);
    this.defaultSlug = value.path("current_policy").asText(list.get(0).slug());
  }

  public List<Policy> policies() {
    return policies;
  }

  public String defaultSlug() {
    return defaultSlug;
  }

  public Optional<Policy> find(String slug) {
    return policies.stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  public List<String> freeSlugs() {
    return policies.stream().filter(p -> !p.paidOnly()).map(Policy::slug).toList();
  }
}
