package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.publish.SpecBundler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prism, a stateless mock, serving the published bundle of our spec passes the shape profile: the
 * profile assumes no state and no credential checks, so it can vouch for third-party mocks too.
 */
class PrismShapeProfileTest {
  static final int CHECK_FLOOR = 20;

  @Test
  void prismServingTheSpecPassesTheShapeProfile(@TempDir Path dir) throws Exception {
    Path prism = Processes.ROOT.resolve("node_modules/.bin/prism");
    assertThat(prism).as("Prism is installed from package-lock.json by scripts/test").exists();
    // The bundle inlines the documented example files, which Prism cannot read as externalValue.
    SpecBundler.write(SpecBundler.bundle(Processes.ROOT.resolve("openapi/wawp-session.yaml")), dir);
    int port = Processes.freePort();
    Process server = Processes.start(List.of(prism.toString(), "mock", "-h", "127.0.0.1", "-p", Integer.toString(port),
        "-v", "warn", dir.resolve(SpecBundler.YAML_NAME).toString()), dir.resolve("prism.log"));
    try {
      awaitHttp(server, dir.resolve("prism.log"), port);
      TheCommandLineTest.Outcome o = TheCommandLineTest.run("--base-url", "http://127.0.0.1:" + port,
          "--access-token", "prism-token", "--profile", "shape", "--fail-on-skip", "--report", dir.resolve("report").toString());
      System.out.println(o.out().lines().filter(l -> l.startsWith("conformance:")).findFirst().orElse(""));
      assertThat(o.exit()).as(o.out() + o.err() + "\nPrism's log:\n" + Files.readString(dir.resolve("prism.log"))
          + "\nreport:\n" + (Files.exists(dir.resolve("report/report.md")) ? Files.readString(dir.resolve("report/report.md")) : "none"))
          .isZero();
      String junit = Files.readString(dir.resolve("report/junit.xml"));
      assertThat(MockJarOverTheLiveCodePathTest.count(junit, "<testcase ")).isGreaterThanOrEqualTo(CHECK_FLOOR);
    } finally {
      Processes.stop(server);
    }
  }

  private static void awaitHttp(Process server, Path log, int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException notYet) {
        if (!server.isAlive()) {
          throw new AssertionError("Prism ended:\n" + Files.readString(log));
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("Prism did not listen within 60 s:\n" + Files.readString(log));
  }

}
