package io.wawpkit.session.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.client.json.WawpJson;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.WebhookConfig;
import java.util.List;
import java.util.Optional;

/**
 * Typed views of the session fields the service prints in more than one shape: {@code engine}
 * (an object, a string, or a PHP empty array) and {@code config.webhooks} (an array, or a PHP
 * empty object).
 */
public final class SessionInfos {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = WawpJson.mapper();

  private SessionInfos() {}

  /** The engine's name: {@code NOWEB} from {@code {"engine":"NOWEB"}}, {@code WEBJS} from {@code "WEBJS"}. */
  public static Optional<String> engineName(SessionInfo info) {
    JsonNode engine = info.getEngine();
    if (engine == null || engine.isNull()) {
      return Optional.empty();
    }
    if (engine.isTextual()) {
      return Optional.of(engine.asText());
    }
    JsonNode name = engine.get("engine");
    return name != null && name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
  }

  /** The session's webhooks as typed configs; empty for {@code {}}, {@code []} or none. */
  public static List<WebhookConfig> webhooks(SessionInfo info) {
    if (info.getConfig() == null || info.getConfig().getWebhooks() == null) {
      return List.of();
    }
    JsonNode webhooks = info.getConfig().getWebhooks();
    if (!webhooks.isArray()) {
      return List.of();
    }
    return JSON.convertValue(webhooks, new TypeReference<List<WebhookConfig>>() {});
  }
}
