package io.wawpkit.session.client.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.client.internal.WawpJson;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receiving side of webhooks: reads a {@code session.status} event, in either envelope, into one
 * {@link SessionStatusEvent}, and checks its HMAC signature ({@code X-Webhook-Hmac}: hex HMAC-SHA512
 * of the raw body).
 */
public final class SessionStatusEvents {
  /** The header that carries the signature (the spec's {@code x-wawp-signing}; a test holds the two together). */
  public static final String SIGNATURE_HEADER = "X-Webhook-Hmac";

  private static final ObjectMapper JSON = WawpJson.mapper();
  private static final EnvelopeReader READER = new EnvelopeReader(JSON);

  private SessionStatusEvents() {}

  /**
   * Reads an event body in either documented envelope: the v2 envelope ({@code id},
   * {@code timestamp}, {@code session}, {@code payload.status}, ...) or the v1 payload
   * ({@code instance_id}, {@code status}, {@code ts}, ...).
   *
   * @throws InvalidEventException when the body is not JSON, is another event, or lacks a field its
   *     envelope requires (v2: id, timestamp, session, payload.status; v1: instance_id, status, ts)
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
    return READER.read(node);
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
