package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.mock.WawpMock;
import org.junit.jupiter.api.Test;

/**
 * The full suite against the faithful mock, strict (departures from positions fail too): no
 * failure, no warning, every group ran, and a floor of checks.
 */
class FaithfulMockIsConformantTest {
  /** Held as a floor so that a change that silently drops checks fails the build. */
  static final int CHECK_FLOOR = 250;

  @Test
  void theMockHonoursTheWholeContract() {
    try (WawpMock mock = SuiteRunner.mock(null)) {
      Run run = SuiteRunner.runAll(SuiteRunner.target(mock, mock.baseUrl()), true);
      System.out.println(io.wawpkit.session.conformance.report.Reports.summaryLine(run));
      assertThat(run.failures()).extracting(CheckResult::name).isEmpty();
      assertThat(run.count(Outcome.WARN)).isZero();
      assertThat(run.skippedGroups()).isEmpty();
      assertThat(run.results()).hasSizeGreaterThanOrEqualTo(CHECK_FLOOR);
      assertThat(run.results()).extracting(CheckResult::group)
          .contains("shape", "errors", "tenancy", "lifecycle", "consistency", "login", "credentials", "repetition");
      loginChecksPass(run, "getQr", "getQrImage");
      // Both credential forms work: every operation in each, and the lifecycle walk again with headers.
      assertThat(run.results()).filteredOn(r -> r.group().equals("credentials") && r.outcome() == Outcome.PASS)
          .extracting(CheckResult::name)
          .contains("GET /session/info works with header credentials", "DELETE /session/delete works with query credentials",
              "move 'scan' from SCAN_QR_CODE (no saved login) leads to WORKING, with header credentials");
      // What each status carries, both ways.
      assertThat(run.results()).filteredOn(r -> r.outcome() == Outcome.PASS).extracting(CheckResult::name)
          .contains("info carries 'qr' in SCAN_QR_CODE", "info does not carry 'qr' in WORKING",
              "info does not carry 'me' in STOPPED", "a new temp link expires 30 min after it is made");
      // Every operation v2 serves was exercised.
      assertThat(run.results().stream().map(CheckResult::operation).distinct())
          .containsAll(servedOn("v2"));
      assertThat(run.count(Outcome.PASS)).isGreaterThan(run.count(Outcome.SKIP) * 20);
      restartFromFailedPassesEitherWay(run);
    }
  }

  /**
   * The mock's v1 base: the documented v1 create (named, STARTING, the id in
   * config.metadata.instance_id) passes the create, shape and lifecycle checks, and every v1
   * operation is exercised; the v2-only groups of checks say they do not apply.
   */
  @Test
  void theMockHonoursTheContractOnItsV1Base() {
    try (WawpMock mock = SuiteRunner.mock(null)) {
      Run run = SuiteRunner.runAll(SuiteRunner.target(mock, mock.v1BaseUrl()), true);
      System.out.println("v1: " + io.wawpkit.session.conformance.report.Reports.summaryLine(run));
      assertThat(run.failures()).extracting(CheckResult::name).isEmpty();
      assertThat(run.results().stream().map(CheckResult::operation).distinct()).containsAll(servedOn("v1"))
          .doesNotContain("createSession", "getRateLimit", "setWebhooks");
      assertThat(run.results()).filteredOn(r -> r.operation().equals("createSessionV1") && r.outcome() == Outcome.PASS)
          .extracting(CheckResult::name)
          .contains("POST /createSession answers its documented shape", "a created session is available at once, STARTING");
      restartFromFailedPassesEitherWay(run);
      loginChecksPass(run, "getQrV1 format=raw", "getQrV1");
    }
  }

  /**
   * The login group: the raw QR decodes with its expiry ahead, the image reads back to it, the
   * pairing code leads to WORKING with the login saved, a new QR after the session enters
   * SCAN_QR_CODE again, and the login operations refused in the other statuses the walk reached.
   */
  static void loginChecksPass(Run run, String raw, String image) {
    assertThat(run.results()).filteredOn(r -> r.group().equals("login") && r.outcome() == Outcome.PASS)
        .extracting(CheckResult::name)
        .contains(raw + ": the QR's expiry is in the future", image + ": the PNG shows a QR that reads",
            image + " shows the QR " + raw + " gives", "info's qr shows the QR " + raw + " gives",
            "a pairing code entered leads to WORKING", "the login a pairing code made is saved (the next boot resumes WORKING)")
        .anyMatch(n -> n.startsWith("a new QR after"))
        .anyMatch(n -> n.endsWith("is not served while WORKING"))
        .anyMatch(n -> n.endsWith("is not served while FAILED"));
  }

  /** Docs: after FAILED the login may survive (restart resumes WORKING) or not (restart boots to a QR): both are checked. */
  static void restartFromFailedPassesEitherWay(Run run) {
    assertThat(run.results()).filteredOn(r -> r.outcome() == Outcome.PASS).extracting(CheckResult::name)
        .contains("restart from FAILED (saved login) keeps a saved login",
            "restart from FAILED (no saved login) does not log in by itself");
  }

  static java.util.List<String> servedOn(String version) {
    return SuiteRunner.SPEC.operations().stream().filter(o -> o.apiVersions().contains(version)).map(o -> o.operationId()).toList();
  }
}
