package io.wawpkit.session.client.json;

import io.wawpkit.session.client.redact.Redactor;
import io.wawpkit.session.client.redact.SecretJson;
import java.util.List;
import java.util.Map;

/** Which free-form JSON members hold secrets, and masking them in maps read from JSON. */
final class SecretFields {
  private SecretFields() {}

  /** Masks, in place, every text value under a secret name, at any depth of maps and lists. */
  @SuppressWarnings("unchecked")
  static void mask(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<Object, Object> e : ((Map<Object, Object>) map).entrySet()) {
        if (e.getKey() instanceof String name && SecretJson.isSecretName(name) && e.getValue() instanceof String) {
          e.setValue(Redactor.MASK);
        } else {
          if (e.getKey() instanceof String name && SecretJson.isCustomHeaderList(name) && e.getValue() instanceof List<?> headers) {
            for (Object header : headers) {
              if (header instanceof Map<?, ?> h && h.get(SecretJson.headerValueMember()) instanceof String) {
                ((Map<Object, Object>) h).put(SecretJson.headerValueMember(), Redactor.MASK);
              }
            }
          }
          mask(e.getValue());
        }
      }
    } else if (value instanceof List<?> list) {
      list.forEach(SecretFields::mask);
    }
  }
}
