package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.mock.WawpMock;
import org.junit.jupiter.api.Test;

/** The full suite against the faithful mock: no failure, every group ran, and a floor of checks. */
class FaithfulMockIsConformantTest {
  /** Held as a floor so that a change that silently drops checks fails the build. */
  static final int CHECK_FLOOR = 250;

  @Test
  void theMockHonoursTheWholeContract() {
    try (WawpMock mock = SuiteRunner.mock(null)) {
      Run run = SuiteRunner.runAll(SuiteRunner.target(mock, mock.baseUrl()));
      System.out.println(io.wawpkit.session.conformance.report.Reports.summaryLine(run));
      assertThat(run.failures()).extracting(CheckResult::name).isEmpty();
      assertThat(run.skippedGroups()).isEmpty();
      assertThat(run.results()).hasSizeGreaterThanOrEqualTo(CHECK_FLOOR);
      assertThat(run.results()).extracting(CheckResult::group)
          .contains("shape", "errors", "tenancy", "lifecycle", "consistency");
      // Every documented operation was exercised.
      assertThat(run.results().stream().map(CheckResult::operation).distinct())
          .containsAll(SuiteRunner.SPEC.operations().stream().map(o -> o.operationId()).toList());
      assertThat(run.count(Outcome.PASS)).isGreaterThan(run.count(Outcome.SKIP) * 20);
    }
  }
}
