package io.wawpkit.session.client.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which JSON members hold secrets, in one place: members named like a credential ({@code
 * access_token}, {@code password}, an HMAC {@code key}, ...) at any depth, and the {@code value} of
 * a webhook's custom header (often another service's API key; {@code format: password} in the
 * spec). Used by every masker of the client: log lines, messages and free-form JSON fields.
 */
public final class SecretJson {
  private static final Set<String> NAMES = Set.of("access_token", "password", "key", "secret", "token");
  private static final String CUSTOM_HEADERS = "customHeaders";
  private static final String HEADER_VALUE = "value";

  private SecretJson() {}

  /** Whether a member of this name holds a secret wherever it stands. */
  public static boolean isSecretName(String name) {
    return NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether the members of the objects in an array of this name are custom headers. */
  public static boolean isCustomHeaderList(String name) {
    return CUSTOM_HEADERS.equals(name);
  }

  /** The member of a custom header that holds its (secret) value. */
  public static String headerValueMember() {
    return HEADER_VALUE;
  }

  /** Masks, in place, every secret text or number of a JSON tree; returns the tree. */
  public static JsonNode mask(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (isSecretName(e.getKey()) && e.getValue().isValueNode() && !e.getValue().isNull()) {
          e.setValue(object.textNode(Redactor.MASK));
        } else {
          if (isCustomHeaderList(e.getKey()) && e.getValue().isArray()) {
            for (JsonNode header : e.getValue()) {
              if (header instanceof ObjectNode h && h.hasNonNull(HEADER_VALUE) && h.get(HEADER_VALUE).isValueNode()) {
                h.put(HEADER_VALUE, Redactor.MASK);
              }
            }
          }
          mask(e.getValue());
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(SecretJson::mask);
    }
    return node;
  }
}
