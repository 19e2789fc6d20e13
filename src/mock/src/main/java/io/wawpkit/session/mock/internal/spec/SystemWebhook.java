package io.wawpkit.session.mock.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import io.wawpkit.session.spec.SpecException;
import io.wawpkit.session.spec.WawpSpec;
import java.util.Map;

/**
 * The system webhook's configuration the mock answers in {@code systemConfig}: an object, as the
 * docs describe it, read from the spec's WebhookSettings example (its members are not documented).
 */
public final class SystemWebhook {
  private SystemWebhook() {}

  public static ObjectNode from(WawpSpec spec) {
    Map<String, Example> examples = spec.openApi().getComponents().getResponses().get("WebhookSettings")
        .getContent().get("application/json").getExamples();
    for (Example example : examples.values()) {
      JsonNode config = new ObjectMapper().valueToTree(example.getValue()).get("systemConfig");
      if (config instanceof ObjectNode object) {
        return object;
      }
    }
    throw new SpecException("the spec's WebhookSettings response has no example with a systemConfig object");
  }
}
