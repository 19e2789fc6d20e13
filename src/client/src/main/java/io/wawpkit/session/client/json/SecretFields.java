package io.wawpkit.session.client.json;

import io.wawpkit.session.client.redact.Redactor;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which free-form JSON members hold secrets, and masking them in maps read from JSON. */
final class SecretFields {
  private static final Set<String> NAMES = Set.of("access_token", "password", "key", "secret", "token");

  private SecretFields() {}

  static boolean isSecret(String name) {
    return NAMES.contains(name);
  }

  /** Masks, in place, every text value under a secret name, at any depth of maps and lists. */
  @SuppressWarnings("unchecked")
  static void mask(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<Object, Object> e : ((Map<Object, Object>) map).entrySet()) {
        if (e.getKey() instanceof String name && isSecret(name) && e.getValue() instanceof String) {
          e.setValue(Redactor.MASK);
        } else {
          mask(e.getValue());
        }
      }
    } else if (value instanceof List<?> list) {
      list.forEach(SecretFields::mask);
    }
  }
}
