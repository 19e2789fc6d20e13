package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.checks.TenancyChecks;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.mock.WawpMock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group that crashes is a failure in the report, and the groups after it still run. */
class AGroupThatCrashesIsReportedTest {
  @Test
  void theRunGoesOnAndSaysWhichGroupStopped() {
    CheckGroup crashing = new CheckGroup() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public void run(Context context) {
        throw new IllegalStateException("the control API answered 500");
      }
    };
    try (WawpMock mock = SuiteRunner.mock(null)) {
      Run run = SuiteRunner.run(SuiteRunner.target(mock, mock.baseUrl()), List.of(crashing, new TenancyChecks()));
      assertThat(run.failures()).singleElement().satisfies(f -> {
        assertThat(f.group()).isEqualTo("broken");
        assertThat(f.actual()).contains("IllegalStateException: the control API answered 500");
      });
      assertThat(run.results()).extracting(CheckResult::group).contains("tenancy");
    }
  }
}
