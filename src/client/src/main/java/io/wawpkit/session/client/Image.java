package io.wawpkit.session.client;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image the API answered: the QR ({@link WawpInstance#qrImage()}) or a screenshot
 * ({@link WawpInstance#screenshot()}), decoded from its Base64, with its media type.
 *
 * @param bytes the image's bytes (a copy: changing it changes nothing here)
 * @param mimeType its media type, such as {@code image/png}
 */
public record Image(byte[] bytes, String mimeType) {
  public Image {
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
    Objects.requireNonNull(mimeType, "mimeType");
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image other && Arrays.equals(bytes, other.bytes) && mimeType.equals(other.mimeType);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + mimeType.hashCode();
  }

  @Override
  public String toString() {
    return "Image{" + mimeType + ", " + bytes.length + " bytes}";
  }
}
