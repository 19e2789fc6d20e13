package io.wawpkit.session.conformance.checks;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.EnumMap;
import java.util.Map;

/**
 * A QR drawn in a terminal with Unicode half blocks, for {@code --await-scan}: a person scans it
 * from the console. Each line shows two rows of modules ({@code '▀'} the upper dark, {@code '▄'}
 * the lower, {@code '█'} both, a space neither), dark modules drawn as the terminal's foreground,
 * inside a quiet zone of light modules.
 *
 * <p>Most terminals draw light text on a dark background, so the code is drawn inverted: the
 * light modules (the quiet zone too) are the blocks and the dark ones the spaces. Phones read an
 * inverted QR as well as a plain one; {@link #render(String, boolean)} draws either.
 */
public final class TerminalQr {
  /** The quiet zone around the code, in modules (two are enough for phone cameras on a screen). */
  static final int QUIET = 2;

  private TerminalQr() {}

  /** The QR of a text for a dark terminal (light modules drawn as blocks). */
  public static String render(String text) {
    return render(text, true);
  }

  /**
   * The QR of a text as lines of half blocks.
   *
   * @param inverted whether the light modules are drawn (a dark terminal) rather than the dark ones
   */
  public static String render(String text, boolean inverted) {
    BitMatrix m = encode(text);
    StringBuilder out = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y += 2) {
      for (int x = 0; x < m.getWidth(); x++) {
        boolean top = m.get(x, y) != inverted;
        boolean bottom = y + 1 < m.getHeight() ? m.get(x, y + 1) != inverted : inverted;
        out.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The code's modules with the quiet zone (true: dark). */
  static BitMatrix encode(String text) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L);
    hints.put(EncodeHintType.MARGIN, QUIET);
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds a text of " + text.length() + " characters", e);
    }
  }
}
