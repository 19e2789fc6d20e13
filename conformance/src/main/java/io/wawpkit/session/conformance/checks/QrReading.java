package io.wawpkit.session.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads what the login operations answer as a phone and a browser would: the Base64 of a JSON
 * value, a PNG (bare Base64 or a {@code data:image/png;base64,} URL) and the QR a PNG shows
 * (ZXing's reader, the one Android's scanners are built on).
 */
final class QrReading {
  static final String PNG_DATA_URL = "data:image/png;base64,";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private QrReading() {}

  /** The JSON whose Base64 a string is (standard or URL alphabet), or empty when it is neither. */
  static Optional<JsonNode> base64Json(String text) {
    return bytes(text).flatMap(b -> {
      try {
        JsonNode node = JSON.readTree(b);
        return Optional.ofNullable(node == null || node.isMissingNode() ? null : node);
      } catch (IOException e) {
        return Optional.empty();
      }
    });
  }

  /** The bytes of a Base64 string (standard alphabet, else the URL one), or empty. */
  static Optional<byte[]> bytes(String base64) {
    if (base64 == null) {
      return Optional.empty();
    }
    String t = base64.strip();
    try {
      return Optional.of(Base64.getDecoder().decode(t));
    } catch (IllegalArgumentException e) {
      try {
        return Optional.of(Base64.getUrlDecoder().decode(t));
      } catch (IllegalArgumentException again) {
        return Optional.empty();
      }
    }
  }

  /** The PNG a {@code data:image/png;base64,} URL or bare Base64 holds, read; empty when it holds none. */
  static Optional<BufferedImage> png(String dataUrlOrBase64) {
    if (dataUrlOrBase64 == null) {
      return Optional.empty();
    }
    String b64 = dataUrlOrBase64.startsWith(PNG_DATA_URL) ? dataUrlOrBase64.substring(PNG_DATA_URL.length()) : dataUrlOrBase64;
    return bytes(b64).flatMap(QrReading::png);
  }

  /** A PNG's image (the PNG signature first, then javax.imageio reads it), or empty. */
  static Optional<BufferedImage> png(byte[] bytes) {
    if (bytes.length < PNG_SIGNATURE.length || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The text of the QR an image shows, or empty when no QR can be read in it. */
  static Optional<String> qrText(BufferedImage image) {
    Optional<String> quick = qrText(image, false);
    return quick.isPresent() ? quick : qrText(image, true);
  }

  /** Read quickly (a clean PNG), or trying harder (a photo-like screenshot, a QR off-centre). */
  private static Optional<String> qrText(BufferedImage image, boolean tryHarder) {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    if (tryHarder) {
      hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }
    hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
    try {
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
      return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (ReaderException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The text of the QR a PNG (data URL or bare Base64) shows, or empty. */
  static Optional<String> qrText(String dataUrlOrBase64) {
    return png(dataUrlOrBase64).flatMap(QrReading::qrText);
  }
}
