package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.WawpSpec;
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
 * API) and with the live budgets and limits (--assume-remote: a few operations per error kind, a
 * few forbidden requests, one undocumented method per path, one lifecycle walker): the lifecycle
 * groups run there too instead of being skipped, and the mock's instance quota of two proves that
 * the run never holds more than two instances of the account at once.
 */
class MockJarOverTheLiveCodePathTest {
  /** Held as a floor: fewer checks means a group silently stopped checking. */
  static final int CHECK_FLOOR = 170;
  /** Instances the account may hold at once, as a live plan's quota would say. */
  static final int INSTANCE_QUOTA = 2;

  @Test
  void theMockJarIsConformantOverThePublicApiWithTheLiveBudgets(@TempDir Path dir) throws Exception {
    Path jar = Processes.ROOT.resolve("src/mock/target/wawp-session-mock-" + WawpSpec.load().version() + "-all.jar");
    assertThat(jar).as("the mock jar is built before this module").exists();
    // The simulated person scans 3 s after the QR shows: long enough for a loaded machine to see it.
    Process mock = Processes.start(List.of(Processes.java(), "-jar", jar.toString(), "--port", "0",
        "--starting-duration", "300ms", "--auto-scan-after", "3s", "--instance-quota", String.valueOf(INSTANCE_QUOTA)),
        dir.resolve("mock.log"));
    try {
      String baseUrl = Processes.awaitLine(mock, dir.resolve("mock.log"),
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/v2)"), Duration.ofSeconds(30));
      TheCommandLineTest.Outcome o = TheCommandLineTest.run("--base-url", baseUrl, "--access-token", "demo-paid-token",
          "--other-access-token", "demo-free-token", "--await-scan", "10s", "--transition-timeout", "10s", "--fail-on-skip",
          "--assume-remote", "--report", dir.resolve("report").toString());
      System.out.println(o.out().lines().filter(l -> l.startsWith("conformance:")).findFirst().orElse(""));
      assertThat(o.exit()).as(o.out() + o.err()).isZero();
      String junit = Files.readString(dir.resolve("report/junit.xml"));
      assertThat(count(junit, "<testcase ")).isGreaterThanOrEqualTo(CHECK_FLOOR);
      // The lifecycle ran through the public API: the simulated person's scan was seen, not skipped.
      assertThat(junit).contains("move &#39;scan&#39; from SCAN_QR_CODE (no saved login) leads to WORKING\"/>");
      // Every transition the target can reach was checked within the remote session budget.
      assertThat(junit).doesNotContain("the session budget for this target is spent", "the walk gave up on it");
      assertThat(Pattern.compile("name=\"delete from [^\"]+\"/>").matcher(junit).results().count())
          .as("delete checked (passed) from every status a live target reaches").isGreaterThanOrEqualTo(6);
      // The live branches ran: a small sample of forbidden requests, one undocumented method per path.
      assertThat(count(junit, "classname=\"errors.setWebhooks\"")).isLessThan(10);
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
