package io.wawpkit.session.mock.internal.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Draws the QR a session shows while waiting for a scan: a QR-looking PNG (finder squares and
 * random modules) that changes with each rotation. Nobody can scan it; the control API or the
 * simulated person does the scanning.
 */
public final class QrImages {
  private static final int MODULES = 25;
  private static final int SCALE = 4;
  private static final int QUIET = 2;
  private static final String DATA_URL_PREFIX = "data:image/png;base64,";

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private QrImages() {}

  /** The PNG of a session's QR for one rotation, as bytes. */
  public static byte[] png(long seed, long rotation) {
    int size = (MODULES + 2 * QUIET) * SCALE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    SplittableRandom random = new SplittableRandom(seed * 31 + rotation);
    for (int y = 0; y < MODULES; y++) {
      for (int x = 0; x < MODULES; x++) {
        boolean dark = finder(x, y) || (!nearFinder(x, y) && random.nextBoolean());
        int rgb = dark ? 0x000000 : 0xFFFFFF;
        for (int dy = 0; dy < SCALE; dy++) {
          for (int dx = 0; dx < SCALE; dx++) {
            image.setRGB((x + QUIET) * SCALE + dx, (y + QUIET) * SCALE + dy, rgb);
          }
        }
      }
    }
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean inCode = x >= QUIET * SCALE && y >= QUIET * SCALE && x < (MODULES + QUIET) * SCALE && y < (MODULES + QUIET) * SCALE;
        if (!inCode) {
          image.setRGB(x, y, 0xFFFFFF);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The same PNG as a {@code data:image/png;base64,} URL (what session info carries as qr). */
  public static String dataUrl(long seed, long rotation) {
    return DATA_URL_PREFIX + Base64.getEncoder().encodeToString(png(seed, rotation));
  }

  private static boolean finder(int x, int y) {
    return finderAt(x, y, 0, 0) || finderAt(x, y, MODULES - 7, 0) || finderAt(x, y, 0, MODULES - 7);
  }

  private static boolean finderAt(int x, int y, int ox, int oy) {
    int fx = x - ox;
    int fy = y - oy;
    if (fx < 0 || fy < 0 || fx > 6 || fy > 6) {
      return false;
    }
    boolean ring = fx == 0 || fy == 0 || fx == 6 || fy == 6;
    boolean core = fx >= 2 && fx <= 4 && fy >= 2 && fy <= 4;
    return ring || core;
  }

  private static boolean nearFinder(int x, int y) {
    return (x < 8 && y < 8) || (x >= MODULES - 8 && y < 8) || (x < 8 && y >= MODULES - 8);
  }
}
