package io.wawpkit.session.mock.internal.webhook;

import io.wawpkit.session.spec.WawpSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery as the spec's {@code x-wawp-signing} says: the hex HMAC of its raw body in one
 * header ({@code X-Webhook-Hmac}), the algorithm's name in another ({@code sha512}: HMAC-SHA512).
 */
public final class HmacSigner {
  private final WawpSpec.Signing signing;

  public HmacSigner(WawpSpec.Signing signing) {
    this.signing = signing;
    sign("check", new byte[0]); // an algorithm the JDK lacks fails at start-up, not at the first delivery
  }

  /** The header that carries the signature. */
  public String header() {
    return signing.header();
  }

  /** The header that names the algorithm. */
  public String algorithmHeader() {
    return signing.algorithmHeader();
  }

  /** The algorithm, as {@link #algorithmHeader()} names it. */
  public String algorithm() {
    return signing.algorithm();
  }

  /** The hex HMAC of a body with a key. */
  public String sign(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance(signing.macAlgorithm());
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), signing.macAlgorithm()));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(signing.macAlgorithm() + " is unavailable", e);
    }
  }
}
