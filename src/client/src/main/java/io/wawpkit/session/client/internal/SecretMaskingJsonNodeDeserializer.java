package io.wawpkit.session.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.wawpkit.session.common.Secrets;
import java.io.IOException;

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
    return Secrets.mask(JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt));
  }

  @Override
  public JsonNode getNullValue(DeserializationContext ctxt) {
    return null;
  }
}
