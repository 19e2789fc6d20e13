package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock jar as a separate process on 127.0.0.1, with its simulated person scanning QR codes,
 * checked through exactly the code path a live run takes (--base-url, public API only, no control
 * API): the lifecycle groups run there too instead of being skipped.
 */
class MockJarOverTheLiveCodePathTest {
  /** Held as a floor: fewer checks means a group silently stopped checking. */
  static final int CHECK_FLOOR = 200;

  @Test
  void theMockJarIsConformantOverThePublicApi(@TempDir Path dir) throws Exception {
    Path jar = Processes.ROOT.resolve("src/mock/target/wawp-session-mock-1.0.0-all.jar");
    assertThat(jar).as("the mock jar is built before this module").exists();
    // The simulated person scans 3 s after the QR shows: long enough for a loaded machine to see it.
    Process mock = Processes.start(List.of(Processes.java(), "-jar", jar.toString(), "--port", "0",
        "--starting-duration", "300ms", "--auto-scan-after", "3s"), dir.resolve("mock.log"));
    try {
      String baseUrl = Processes.awaitLine(mock, dir.resolve("mock.log"),
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/v2)"), Duration.ofSeconds(30));
      TheCommandLineTest.Outcome o = TheCommandLineTest.run("--base-url", baseUrl, "--access-token", "demo-paid-token",
          "--other-access-token", "demo-free-token", "--await-scan", "10s", "--transition-timeout", "10s", "--fail-on-skip",
          "--report", dir.resolve("report").toString());
      System.out.println(o.out().lines().filter(l -> l.startsWith("conformance:")).findFirst().orElse(""));
      assertThat(o.exit()).as(o.out() + o.err()).isZero();
      String junit = Files.readString(dir.resolve("report/junit.xml"));
      assertThat(count(junit, "<testcase ")).isGreaterThanOrEqualTo(CHECK_FLOOR);
      // The lifecycle ran through the public API: the simulated person's scan was seen, not skipped.
      assertThat(junit).contains("move &#39;scan&#39; from SCAN_QR_CODE (no saved login) leads to WORKING\"/>");
      assertThat(o.out()).doesNotContain("whole groups skipped");
    } finally {
      Processes.stop(mock);
    }
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
