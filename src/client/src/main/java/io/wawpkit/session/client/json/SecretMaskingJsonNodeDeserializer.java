package io.wawpkit.session.client.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wawpkit.session.client.redact.Redactor;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads free-form JSON fields (the session config's webhooks, the engine) with secrets masked:
 * a JsonNode prints everything it holds, so an echoed HMAC key or password must not be kept in
 * one. The typed endpoints (GET /session/webhook) still return them, in models whose toString()
 * masks them.
 */
final class SecretMaskingJsonNodeDeserializer extends StdDeserializer<JsonNode> {
  private static final long serialVersionUID = 1L;

  SecretMaskingJsonNodeDeserializer() {
    super(JsonNode.class);
  }

  @Override
  public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
    mask(node);
    return node;
  }

  @Override
  public JsonNode getNullValue(DeserializationContext ctxt) {
    return null;
  }

  private static void mask(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (SecretFields.isSecret(f.getKey()) && f.getValue().isTextual()) {
          f.setValue(object.textNode(Redactor.MASK));
        } else {
          mask(f.getValue());
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(SecretMaskingJsonNodeDeserializer::mask);
    }
  }
}
