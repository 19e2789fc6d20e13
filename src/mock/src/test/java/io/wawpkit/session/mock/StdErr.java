package io.wawpkit.session.mock;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what code prints to System.err (tests in this module run one at a time per JVM). */
final class StdErr {
  private StdErr() {}

  static String during(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
    }
    return e.toString(StandardCharsets.UTF_8);
  }
}
