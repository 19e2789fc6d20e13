package io.wawpkit.session.mock.internal.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Control tokens and the one question that decides whether one is needed: is the bind loopback? */
public final class ControlTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ControlTokens() {}

  /** 128 random bits, hex: unguessable, and easy to paste into a header. */
  public static String generate() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Whether {@code host} names a loopback address; an unknown name is not. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
