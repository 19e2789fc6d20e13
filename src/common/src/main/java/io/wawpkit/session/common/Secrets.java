package io.wawpkit.session.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which JSON members hold secrets, in one place, and masking them in a parsed document: members
 * named like a credential ({@code access_token}, {@code password}, an HMAC {@code key}, ...) at any
 * depth, and the {@code value} of a webhook's custom header (often another service's API key;
 * {@code format: password} in the spec). The client's log lines, exception messages and free-form
 * fields, and the suite's reports, all mask by this rule ({@link Redactor} for text).
 */
public final class Secrets {
  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final Set<String> NAMES = Set.of("access_token", "password", "key", "secret", "token");
  private static final String CUSTOM_HEADERS = "customHeaders";
  private static final String HEADER_VALUE = "value";

  private Secrets() {}

  /** Whether a member of this name holds a secret wherever it stands (any letter case). */
  public static boolean isSecretName(String name) {
    return name != null && NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether the members of the objects in an array of this name are custom headers. */
  public static boolean isCustomHeaderList(String name) {
    return CUSTOM_HEADERS.equals(name);
  }

  /** Masks, in place, every secret text or number of a JSON tree; returns the tree. */
  public static JsonNode mask(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (isSecretName(e.getKey()) && e.getValue().isValueNode() && !e.getValue().isNull()) {
          e.setValue(object.textNode(MASK));
        } else {
          if (isCustomHeaderList(e.getKey()) && e.getValue().isArray()) {
            for (JsonNode header : e.getValue()) {
              if (header instanceof ObjectNode h && h.hasNonNull(HEADER_VALUE) && h.get(HEADER_VALUE).isValueNode()) {
                h.put(HEADER_VALUE, MASK);
              }
            }
          }
          mask(e.getValue());
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(Secrets::mask);
    }
    return node;
  }

  /**
   * Masks, in place, every secret text of a tree of maps and lists as Jackson reads free-form JSON
   * into them (a model's additional properties): the same rule as {@link #mask(JsonNode)}.
   */
  @SuppressWarnings("unchecked")
  public static void maskMaps(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<Object, Object> e : ((Map<Object, Object>) map).entrySet()) {
        String name = e.getKey() instanceof String s ? s : null;
        if (isSecretName(name) && e.getValue() instanceof String) {
          e.setValue(MASK);
        } else {
          if (isCustomHeaderList(name) && e.getValue() instanceof List<?> headers) {
            for (Object header : headers) {
              if (header instanceof Map<?, ?> h && h.get(HEADER_VALUE) instanceof String) {
                ((Map<Object, Object>) h).put(HEADER_VALUE, MASK);
              }
            }
          }
          maskMaps(e.getValue());
        }
      }
    } else if (value instanceof List<?> list) {
      list.forEach(Secrets::maskMaps);
    }
  }
}
