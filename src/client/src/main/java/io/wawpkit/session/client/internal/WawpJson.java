package io.wawpkit.session.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;

/**
 * The client's ObjectMapper: tolerant of everything the service is documented to send. Unknown
 * fields are ignored; a PHP empty array {@code []} where an object is expected reads as null, and a
 * PHP empty object {@code {}} where a list is expected reads as the empty list; unknown statuses
 * read as the generated {@code SessionStatus.UNKNOWN} (a template names it so); secrets inside free-form JSON fields are
 * masked as they are read, so that no {@code toString()} can print them.
 */
public final class WawpJson {
  private WawpJson() {}

  /** A new mapper with the client's settings. */
  public static ObjectMapper mapper() {
    SimpleModule secrets = new SimpleModule("wawp-secret-masking");
    secrets.addDeserializer(JsonNode.class, new SecretMaskingJsonNodeDeserializer());
    secrets.setDeserializerModifier(new SecretMaskingAnySetters());
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(secrets)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .addHandler(new PhpEmptyObjectAsEmptyCollection())
        .build();
  }

  /** Reads {@code {}} as an empty list, set or map where a collection is expected. */
  private static final class PhpEmptyObjectAsEmptyCollection extends DeserializationProblemHandler {
    @Override
    public Object handleUnexpectedToken(
        DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
        throws IOException {
      if (t == JsonToken.START_OBJECT && targetType.isCollectionLikeType()) {
        JsonNode node = p.readValueAsTree();
        if (node.isEmpty()) {
          return targetType.isTypeOrSubTypeOf(java.util.Set.class) ? new HashSet<>() : new ArrayList<>();
        }
      }
      if (t == JsonToken.START_ARRAY && targetType.isMapLikeType()) {
        JsonNode node = p.readValueAsTree();
        if (node.isEmpty()) {
          return new LinkedHashMap<>();
        }
      }
      return NOT_HANDLED;
    }
  }
}
