package io.wawpkit.session.conformance.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.TestExecutionResult.Status.ABORTED;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Unreachable;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.Fault;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The suite as JUnit dynamic tests, run through the JUnit Platform as a user's build runs them:
 * each check a test named as in the reports, a failure with its evidence, warnings passing with
 * their text (failing under strict), skips aborted, the verdict last; the options checked as the
 * command line checks them.
 */
class WawpConformanceTest {
  /** Fewer tests than this from the shape profile means the factory lost checks. */
  static final int SHAPE_FLOOR = 20;

  /** Set by a test before it launches one of the factories below. */
  static volatile WawpConformance suite;

  static class Factory {
    @TestFactory
    Stream<DynamicTest> conformance() {
      return suite.tests();
    }
  }

  @Test
  void theEmbeddedMockPassesCheckByCheck(@TempDir Path dir) throws Exception {
    List<String> said = new ArrayList<>();
    suite = WawpConformance.againstEmbeddedMock().profile(Profile.SHAPE).reportsTo(dir).progress(said::add);
    Launched l = Launched.run(Factory.class);

    assertThat(l.with(FAILED)).as("no test failed").isEmpty();
    assertThat(l.with(SUCCESSFUL)).hasSizeGreaterThan(SHAPE_FLOOR);
    List<String> checks = l.tests().subList(0, l.tests().size() - 1).stream().map(Launched.Ended::name).toList();
    assertThat(checks).allMatch(n -> n.matches("(shape|cleanup) / \\S+( /\\S*)? / .+"), "named group / operation / check")
        .contains("shape / getSessionInfo / GET /session/info answers its documented shape");
    assertThat(l.verdict().name()).startsWith("conformance: ").endsWith(": conformant");
    assertThat(l.verdict().status()).isEqualTo(SUCCESSFUL);
    // The reports of the same run, and the command line's lines as progress.
    assertThat(Files.readString(dir.resolve("junit.xml"))).contains("getSessionInfo");
    assertThat(said).anyMatch(s -> s.startsWith("Started the embedded mock at http://127.0.0.1:"))
        .anyMatch(s -> s.startsWith("Checking http://127.0.0.1:") && s.contains("with profile shape"))
        .anyMatch(s -> s.startsWith("conformance: "));
  }

  @Test
  void aFailingCheckIsAFailingTestWithTheReportsEvidence() {
    try (WawpMock mock = WawpMock.builder().host("127.0.0.1").port(0).build().start()) {
      mock.control().injectFault(Fault.status("getRateLimit", 500, null));
      String token = mock.token("demo-paid");
      suite = WawpConformance.against(mock.baseUrl(), token).profile(Profile.SHAPE).include("getRateLimit");
      Launched l = Launched.run(Factory.class);

      assertThat(l.with(FAILED)).hasSizeGreaterThanOrEqualTo(2);
      Launched.Ended failed = l.with(FAILED).get(0);
      assertThat(failed.name()).startsWith("shape / getRateLimit / ");
      assertThat(failed.thrown()).isInstanceOf(AssertionFailedError.class);
      AssertionFailedError e = (AssertionFailedError) failed.thrown();
      assertThat(e.isExpectedDefined() && e.isActualDefined()).isTrue();
      assertThat(failed.message()).contains(failed.name(), "expected: ", "actual:   ", "basis:    documented",
          "request:  GET /v2/", "access_token=****", "answer:   500").doesNotContain(token);
      assertThat(l.verdict().name()).contains("NOT conformant");
      assertThat(l.verdict().status()).isEqualTo(FAILED);
      assertThat(l.verdict().message()).contains("- " + failed.name());
    }
  }

  @Test
  void warningsPassWithTheirTextAndFailUnderStrict() {
    suite = WawpConformance.againstEmbeddedMock().mockPositions(Positions.LENIENT).include("errors");
    Launched lenient = Launched.run(Factory.class);
    assertThat(lenient.with(FAILED)).isEmpty();
    List<Launched.Ended> warned = lenient.tests().stream().filter(t -> t.name().contains(" (warning: ")).toList();
    assertThat(warned).isNotEmpty().allMatch(t -> t.status() == SUCCESSFUL);

    suite = WawpConformance.againstEmbeddedMock().mockPositions(Positions.LENIENT).include("errors").strict();
    Launched strict = Launched.run(Factory.class);
    List<String> failedChecks = strict.with(FAILED).stream().map(Launched.Ended::name)
        .filter(n -> !n.startsWith("conformance")).toList();
    assertThat(failedChecks).hasSize(warned.size());
    assertThat(strict.with(FAILED)).anyMatch(t -> t.message().contains("basis:    position: "));
  }

  @Test
  void aSkippedCheckIsAnAbortedTestWithItsReason() {
    // The time budget leaves every group unrun: each is a skipped check, and the verdict fails.
    suite = WawpConformance.againstEmbeddedMock().profile(Profile.SHAPE).maxTime(Duration.ofMillis(1));
    Launched l = Launched.run(Factory.class);
    assertThat(l.with(ABORTED)).isNotEmpty().allMatch(t -> t.message().startsWith("skipped: the time budget ran out"));
    assertThat(l.verdict().status()).isEqualTo(FAILED);
    assertThat(l.verdict().message()).contains("the time budget of 1 ms ran out after");
  }

  @Test
  void theSuiteRunsOnceAndReplays() {
    List<String> said = new ArrayList<>();
    WawpConformance c = WawpConformance.againstEmbeddedMock().profile(Profile.SHAPE).include("getSessionInfo").progress(said::add);
    List<String> first = c.tests().map(DynamicTest::getDisplayName).toList();
    List<String> again = c.tests().map(DynamicTest::getDisplayName).toList();
    assertThat(again).isEqualTo(first);
    assertThat(said.stream().filter(s -> s.startsWith("Checking "))).hasSize(1);
    assertThatThrownBy(c::strict).isInstanceOf(IllegalStateException.class).hasMessageContaining("before calling tests()");
  }

  @Test
  void optionsAreCheckedAsTheCommandLineChecksThem() throws Exception {
    assertThatThrownBy(() -> WawpConformance.againstEmbeddedMock().maxTime(Duration.ZERO).tests())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--max-time must be longer than 0");
    assertThatThrownBy(() -> WawpConformance.againstEmbeddedMock().include("lifecycle", "bogus").tests())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bogus' is neither a check group nor an operation");
    assertThatThrownBy(() -> WawpConformance.against("ftp://x/v2", "some-token").tests())
        .hasMessage("--base-url is not an http(s) URL: ftp://x/v2");
    assertThatThrownBy(() -> WawpConformance.against("http://127.0.0.1:9/v2", null).tests())
        .hasMessageContaining("--access-token (or WAWP_ACCESS_TOKEN) is required with --base-url");
    // An unset CI variable must not quietly check the embedded mock instead.
    assertThatThrownBy(() -> WawpConformance.against(System.getenv("WAWP_NO_SUCH_VARIABLE"), "some-token"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("againstEmbeddedMock()");
    assertThatThrownBy(() -> WawpConformance.against("http://127.0.0.1:9/v2", "t0ken").mockPositions(Positions.LENIENT))
        .isInstanceOf(IllegalStateException.class);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/v2";
    assertThatThrownBy(() -> WawpConformance.against(url, "secret-token-123").tests())
        .isInstanceOf(Unreachable.class).hasMessage("cannot reach " + url + ": connection refused");
  }
}
