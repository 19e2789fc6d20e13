package io.wawpkit.session.mock.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one ObjectMapper of the mock (thread-safe once configured). */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      // one JSON value per body, as the spec's position says: `{...}}}` is not a body
      .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

  private Json() {}

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a body; an empty body is an empty object. */
  public static JsonNode tree(byte[] body) throws IOException {
    if (body == null || body.length == 0) {
      return MAPPER.createObjectNode();
    }
    return MAPPER.readTree(body);
  }
}
