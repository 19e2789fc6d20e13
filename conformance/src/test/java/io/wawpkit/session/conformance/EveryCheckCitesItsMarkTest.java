package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.report.Reports;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.Basis;
import io.wawpkit.session.spec.Evidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check of a full run cites the mark of evidence it rests on, a mark that stands in the spec
 * (issue 13: the suite grades by evidence, so a check without one could not be graded).
 */
class EveryCheckCitesItsMarkTest {
  @Test
  void everyCheckOfAFullRunCitesAMarkOfTheSpec() {
    try (WawpMock mock = SuiteRunner.mock(null)) {
      Run run = SuiteRunner.runAll(SuiteRunner.target(mock, mock.baseUrl()));
      assertThat(run.results()).hasSizeGreaterThanOrEqualTo(FaithfulMockIsConformantTest.CHECK_FLOOR);
      assertThat(run.results()).as("checks without a mark").filteredOn(r -> r.evidence() == null)
          .extracting(r -> r.group() + " / " + r.operation() + ": " + r.name()).isEmpty();
      Set<Evidence> inSpec = Set.copyOf(SuiteRunner.SPEC.evidence().all().values());
      assertThat(run.results()).extracting(CheckResult::evidence).allMatch(inSpec::contains);
      // The suite rests on documented rules and on positions alike.
      assertThat(run.results().stream().map(r -> r.evidence().basis()).collect(Collectors.toSet()))
          .contains(Basis.DOCUMENTED, Basis.POSITION);
    }
  }

  /** Every finding shows its basis and the quote or the reason, in every report. */
  @Test
  void everyFindingShowsItsBasisInEveryReport(@TempDir Path dir) throws Exception {
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(),
            r -> r, r -> r.status() == 405 ? new RewritingProxy.Resp(405, RewritingProxy.with(r.headers(), "Allow", null),
                r.body(), r.request()) : r)) {
      String base = proxy.origin() + mock.baseUrl().substring(mock.origin().length());
      Run run = SuiteRunner.run(SuiteRunner.target(mock, base), java.util.List.of(
          new io.wawpkit.session.conformance.checks.ErrorChecks()));
      // The exit code follows failures only: a run that only warns passes.
      assertThat(run.failures()).isEmpty();
      assertThat(run.passes(true)).isTrue();
      CheckResult warning = run.results().stream().filter(r -> r.outcome() == Outcome.WARN).findFirst().orElseThrow();
      String reason = warning.evidence().reason();
      assertThat(warning.grounds()).startsWith("position: ").contains(reason);
      String xmlReason = reason.replace("'", "&#39;");
      assertThat(Reports.console(run)).contains("Warnings:", "basis:    position: " + reason);
      Reports.write(run, dir);
      assertThat(Files.readString(dir.resolve("report.md"))).contains("## Warnings", "  - basis: position: " + reason);
      assertThat(Files.readString(dir.resolve("report.html"))).contains("<dt>basis</dt>", xmlReason);
      assertThat(Files.readString(dir.resolve("junit.xml"))).contains("warning: ", "basis: position: " + xmlReason);
    }
  }
}
