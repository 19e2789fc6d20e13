package io.wawpkit.session.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which JSON members hold secrets, in one place, and masking them in a parsed document: members
 * named like a credential ({@code access_token}, {@code password}, an HMAC {@code key}, ...) at any
 * depth, the {@code value} of a webhook's custom header (often another service's API key;
 * {@code format: password} in the spec), the password of a URL ({@code http://user:password@proxy})
 * in any text, and the same again in a JSON document quoted inside a text member (an error message
 * that echoes the request). The client's log lines, exception messages and free-form fields, and
 * the suite's console and reports, all mask by this rule ({@link Redactor} for text).
 */
public final class Secrets {
  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final Set<String> NAMES = Set.of("access_token", "password", "key", "secret", "token");
  private static final String CUSTOM_HEADERS = "customHeaders";
  private static final String HEADER_VALUE = "value";
  /** The password of a URL's user info, up to the last {@code @} before the host. */
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^\\s/?#@:\"'<>]*:)[^\\s/?#\"'<>]*@");
  /**
   * The shortest secret worth masking wherever it stands (not only where its name says so): a
   * shorter one would mask innocent words of the text.
   */
  static final int SHORTEST_LITERAL = 6;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Secrets() {}

  /** The text with the password of every URL in it ({@code scheme://user:password@host}) masked; null stays null. */
  public static String maskUrlPasswords(String text) {
    if (text == null || text.indexOf("://") < 0) {
      return text;
    }
    return URL_PASSWORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
  }

  /**
   * The secret texts a JSON tree holds, that {@link #mask(JsonNode)} would mask, long enough to be
   * masked as literals wherever they appear afterwards (an answer that echoes them in plain text):
   * secret members' texts, custom header values, URL passwords, also inside JSON quoted in a text.
   * Masks already in place and values of fewer than six characters are left out.
   */
  public static Set<String> values(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (node instanceof ObjectNode object) {
      object.fields().forEachRemaining(e -> {
        if (isSecretName(e.getKey()) && e.getValue().isTextual()) {
          literal(e.getValue().asText(), out);
        } else {
          if (isCustomHeaderList(e.getKey()) && e.getValue().isArray()) {
            for (JsonNode header : e.getValue()) {
              if (header.path(HEADER_VALUE).isTextual()) {
                literal(header.get(HEADER_VALUE).asText(), out);
              }
            }
          }
          collect(e.getValue(), out);
        }
      });
    } else if (node != null && node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node != null && node.isTextual()) {
      Matcher m = URL_PASSWORD.matcher(node.asText());
      while (m.find()) {
        literal(m.group().substring(m.group(1).length(), m.group().length() - 1), out);
      }
      JsonNode quoted = quotedJson(node.asText());
      if (quoted != null) {
        collect(quoted, out);
      }
    }
  }

  private static void literal(String value, Set<String> out) {
    if (value.length() >= SHORTEST_LITERAL && !value.chars().allMatch(c -> c == '*')) {
      out.add(value);
    }
  }

  /** A JSON object or array that a text member holds whole (an error message quoting a body), or null. */
  private static JsonNode quotedJson(String text) {
    String t = text.strip();
    if (t.length() < 2 || !(t.startsWith("{") && t.endsWith("}") || t.startsWith("[") && t.endsWith("]"))) {
      return null;
    }
    try {
      return JSON.readTree(t);
    } catch (IOException e) {
      return null;
    }
  }

  /** A text member's value masked: the password of a URL in it, and the secrets of a JSON document it holds whole. */
  private static String maskText(String text) {
    JsonNode quoted = quotedJson(text);
    if (quoted != null && (quoted.isObject() || quoted.isArray())) {
      String before = quoted.toString();
      String after = mask(quoted).toString();
      if (!after.equals(before)) {
        return after;
      }
    }
    return maskUrlPasswords(text);
  }

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
        } else if (e.getValue().isTextual()) {
          String text = e.getValue().asText();
          String masked = maskText(text);
          if (!masked.equals(text)) {
            e.setValue(object.textNode(masked));
          }
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
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          String text = array.get(i).asText();
          String masked = maskText(text);
          if (!masked.equals(text)) {
            array.set(i, array.textNode(masked));
          }
        } else {
          mask(array.get(i));
        }
      }
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
        } else if (e.getValue() instanceof String text) {
          String masked = maskText(text);
          if (!masked.equals(text)) {
            e.setValue(masked);
          }
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
      ListIterator<Object> it = ((List<Object>) list).listIterator();
      while (it.hasNext()) {
        Object item = it.next();
        if (item instanceof String text) {
          String masked = maskText(text);
          if (!masked.equals(text)) {
            it.set(masked);
          }
        } else {
          maskMaps(item);
        }
      }
    }
  }
}
