package io.wawpkit.session.mock.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA512 of a delivery's raw body, in hex (WAHA's {@code X-Webhook-Hmac}). */
public final class HmacSigner {
  public static final String HEADER = "X-Webhook-Hmac";
  public static final String ALGORITHM_HEADER = "X-Webhook-Hmac-Algorithm";
  public static final String ALGORITHM = "sha512";

  private HmacSigner() {}

  public static String sign(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 is unavailable", e);
    }
  }
}
