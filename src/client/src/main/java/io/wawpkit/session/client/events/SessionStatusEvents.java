package io.wawpkit.session.client.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.client.json.WawpJson;
import io.wawpkit.session.generated.model.SessionStatusEvent;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receiving side of webhooks: reads a {@code session.status} event into a typed object and
 * checks its HMAC signature ({@code X-Webhook-Hmac}: hex HMAC-SHA512 of the raw body).
 */
public final class SessionStatusEvents {
  /** The header that carries the signature. */
  public static final String SIGNATURE_HEADER = "X-Webhook-Hmac";

  private static final ObjectMapper JSON = WawpJson.mapper();
  private static final List<String> REQUIRED = List.of("instance_id", "status", "ts");

  private SessionStatusEvents() {}

  /**
   * Reads an event body.
   *
   * @throws InvalidEventException when the body is not JSON or lacks instance_id, status or ts
   */
  public static SessionStatusEvent parse(String body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (Exception e) {
      throw new InvalidEventException("the event body is not JSON");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidEventException("the event body is not a JSON object");
    }
    for (String field : REQUIRED) {
      if (!node.hasNonNull(field)) {
        throw new InvalidEventException("the event lacks '" + field + "'");
      }
    }
    if (!node.get("ts").canConvertToLong()) {
      throw new InvalidEventException("the event's 'ts' is not a Unix time in seconds");
    }
    try {
      return JSON.treeToValue(node, SessionStatusEvent.class);
    } catch (Exception e) {
      throw new InvalidEventException("the event does not match the session.status schema");
    }
  }

  /** Whether the signature is the HMAC-SHA512 of the raw body with the key (constant-time compare). */
  public static boolean signatureMatches(byte[] rawBody, String signatureHex, String hmacKey) {
    if (rawBody == null || signatureHex == null || hmacKey == null || hmacKey.isEmpty()) {
      return false;
    }
    byte[] expected = sign(rawBody, hmacKey);
    byte[] given;
    try {
      given = HexFormat.of().parseHex(signatureHex.trim().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }

  /** The hex HMAC-SHA512 of a body, as a sender puts it in {@link #SIGNATURE_HEADER}. */
  public static String signature(byte[] rawBody, String hmacKey) {
    return HexFormat.of().formatHex(sign(rawBody, hmacKey));
  }

  private static byte[] sign(byte[] body, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA512 is not available", e);
    }
  }
}
