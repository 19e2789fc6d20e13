package io.wawpkit.session.mock.internal.api;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The QR a session shows while waiting for a scan, and the pictures of its screenshot. The QR's
 * text looks like WhatsApp's ({@code 2@ref,key,key,key}), is new for every rotation, and the PNG
 * is a real QR code of it, drawn by ZXing (a phone or any QR reader decodes it to that text). The
 * control API or the simulated person does the scanning, as nobody's phone can link to the mock.
 */
public final class QrImages {
  /** Pixels per module: large enough for any reader, small enough for a JSON answer. */
  private static final int SCALE = 4;
  /** The quiet zone around the code, in modules (the standard's four). */
  private static final int QUIET = 4;
  private static final String DATA_URL_PREFIX = "data:image/png;base64,";
  private static final int SCREEN = 240;
  private static final byte[] CONNECTED = connected();

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private QrImages() {}

  /**
   * The QR's text for one rotation of one stretch of SCAN_QR_CODE, in WhatsApp's form: {@code 2@}, a
   * reference, and three Base64 keys. The same inputs give the same text.
   *
   * @param seed the session's own random number
   * @param salt what is new each time the session enters SCAN_QR_CODE
   * @param rotation the rotation's index within that stretch
   */
  public static String value(long seed, long salt, long rotation) {
    SplittableRandom random = new SplittableRandom(seed * 31 + salt * 1_000_003L + rotation);
    Base64.Encoder b64 = Base64.getEncoder();
    return "2@" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, 24))
        + "," + b64.encodeToString(bytes(random, 32))
        + "," + b64.encodeToString(bytes(random, 32))
        + "," + b64.encodeToString(bytes(random, 32));
  }

  /** The PNG of a QR code that encodes the text (what a phone scans). */
  public static byte[] png(String text) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L);
    hints.put(EncodeHintType.MARGIN, QUIET);
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    BitMatrix modules;
    try {
      modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds a text of " + text.length() + " characters", e);
    }
    BufferedImage image = new BufferedImage(modules.getWidth() * SCALE, modules.getHeight() * SCALE,
        BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, modules.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
      }
    }
    return write(image);
  }

  /** The same PNG as a {@code data:image/png;base64,} URL (qr-image's {@code qr}, session info's {@code qr}). */
  public static String dataUrl(byte[] png) {
    return DATA_URL_PREFIX + Base64.getEncoder().encodeToString(png);
  }

  /**
   * The screenshot of a logged-in session: a plain picture (a green screen with a white tick), not
   * a QR code. The same bytes every time.
   */
  public static byte[] connectedPng() {
    return CONNECTED.clone();
  }

  private static byte[] connected() {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(SCREEN, SCREEN, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0x25, 0xD3, 0x66));
      g.fillRect(0, 0, SCREEN, SCREEN);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(SCREEN / 12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.drawPolyline(new int[] {SCREEN * 26 / 100, SCREEN * 43 / 100, SCREEN * 75 / 100},
          new int[] {SCREEN * 52 / 100, SCREEN * 68 / 100, SCREEN * 34 / 100}, 3);
    } finally {
      g.dispose();
    }
    return write(image);
  }

  private static byte[] bytes(SplittableRandom random, int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }

  private static byte[] write(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
