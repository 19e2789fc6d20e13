package io.wawpkit.session.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QR drawn in the terminal reads back: its blocks parsed into modules again decode with ZXing to the text. */
class TerminalQrTest {
  /** A value like WhatsApp's (what the mock's QR holds). */
  static final String VALUE = "2@Xk3vN8qLr0TzWm5pYc7Hd1Fs9Ag4Bj6E,0fTGWXhHcKkUe5rLtqZ1YN8v3oQ2mIsD7aPbRj4xSgk=,"
      + "Lw9cE2uVyN6tBqZ0hJ5mXkR8pD3sFaGo1iWzTe7Cn4Y=,sQm3XvB8Kc2Ln5Rz1Tj7Hw0Dy9Fg4Pa6Ue2Io8Yk3Vb=";

  @Test
  void theRenderingOfAKnownValueDecodesBack() throws Exception {
    for (boolean inverted : new boolean[] {true, false}) {
      String drawn = TerminalQr.render(VALUE, inverted);
      assertThat(drawn).matches("[▀▄█ \\n]+");
      BitMatrix modules = parse(drawn, inverted);
      assertThat(decode(modules)).as("inverted " + inverted).isEqualTo(VALUE);
    }
  }

  @Test
  void twoRowsOfModulesPerLineInsideAQuietZone() {
    BitMatrix m = TerminalQr.encode(VALUE);
    List<String> lines = TerminalQr.render(VALUE).lines().toList();
    assertThat(lines).hasSize((m.getHeight() + 1) / 2).allSatisfy(l -> assertThat(l).hasSize(m.getWidth()));
    // Drawn for a dark terminal, the quiet zone is light: full blocks all round.
    assertThat(lines.get(0)).matches("█+");
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("██").endsWith("██"));
  }

  /** The blocks back into modules (true: dark), two rows per line. */
  static BitMatrix parse(String drawn, boolean inverted) {
    List<String> lines = drawn.lines().toList();
    int width = lines.get(0).length();
    BitMatrix m = new BitMatrix(width, lines.size() * 2);
    for (int row = 0; row < lines.size(); row++) {
      for (int x = 0; x < width; x++) {
        char c = lines.get(row).charAt(x);
        boolean top = c == '▀' || c == '█';
        boolean bottom = c == '▄' || c == '█';
        if (top != inverted) {
          m.set(x, row * 2);
        }
        if (bottom != inverted) {
          m.set(x, row * 2 + 1);
        }
      }
    }
    return m;
  }

  static String decode(BitMatrix modules) throws Exception {
    BitMatrix scaled = new BitMatrix(modules.getWidth() * 4, modules.getHeight() * 4);
    for (int y = 0; y < scaled.getHeight(); y++) {
      for (int x = 0; x < scaled.getWidth(); x++) {
        if (modules.get(x / 4, y / 4)) {
          scaled.set(x, y);
        }
      }
    }
    BufferedImage image = MatrixToImageWriter.toBufferedImage(scaled);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
  }
}
