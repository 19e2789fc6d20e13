package io.wawpkit.session.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.WebhookConfig;
import io.wawpkit.session.generated.model.WebhookList;
import io.wawpkit.session.generated.model.WebhookSettings;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Typed views of the session fields the service prints in more than one shape: {@code engine}
 * (an object, a string, or a PHP empty array) and {@code config.webhooks} (an array, or a PHP
 * empty object).
 */
public final class SessionInfos {

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
    return info.getConfig() == null ? List.of() : webhooks(info.getConfig().getWebhooks());
  }

  /** The custom webhooks of a webhook answer; empty for {@code {}} or {@code []}. */
  public static List<WebhookConfig> webhooks(WebhookSettings settings) {
    return webhooks(settings.getWebhooks());
  }

  private static List<WebhookConfig> webhooks(WebhookList webhooks) {
    return webhooks == null ? List.of() : Collections.unmodifiableList(webhooks);
  }
}
