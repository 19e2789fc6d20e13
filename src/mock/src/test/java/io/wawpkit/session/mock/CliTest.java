package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.internal.cli.MockCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {
  private String err;
  private String out;

  private int run(String... args) {
    PrintStream oldErr = System.err;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    try {
      return MockCommand.run(args);
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
      err = e.toString(StandardCharsets.UTF_8);
      out = o.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void helpListsEveryOption() {
    assertThat(run("--help")).isZero();
    assertThat(out).contains("--port", "--host", "--base-path", "--accounts", "--state-file", "--starting-duration",
        "--qr-rotation", "--auto-scan-after", "--rate-limit", "--instance-quota", "--lifecycle");
  }

  @Test
  void aBadOptionGivesOneClearLineAndExitCode2() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(err.strip().lines().count()).isEqualTo(1);
    assertThat(err).contains("--no-such-option").doesNotContain("Exception");

    assertThat(run("--starting-duration", "soon")).isEqualTo(2);
    assertThat(err.strip().lines().count()).isEqualTo(1);
    assertThat(err).contains("soon");

    assertThat(run("--rate-limit", "fast")).isEqualTo(2);
  }

  @Test
  void aMissingFileIsOneLineAndExitCode2() {
    assertThat(run("--accounts", "/nonexistent/accounts.json", "--port", "0")).isEqualTo(2);
    assertThat(err.strip().lines().count()).isEqualTo(1);
    assertThat(err).doesNotContain("at io.");
  }
}
