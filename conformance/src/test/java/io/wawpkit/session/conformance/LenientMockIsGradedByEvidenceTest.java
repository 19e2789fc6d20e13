package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.report.Reports;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.Positions.Departure;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.Basis;
import io.wawpkit.session.spec.EvidenceMarks;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's proof: the full suite against the lenient mock, which takes the other defensible side
 * wherever the docs are silent ({@link Positions.Departure}). No failure; a warning naming each
 * departure from a position; and under --strict failures exactly where it warned, nowhere else.
 */
class LenientMockIsGradedByEvidenceTest {
  private static final EvidenceMarks MARKS = SuiteRunner.SPEC.evidence();

  /**
   * The finding each departure must give. Two of them depart from no position of the spec: both
   * forms of an empty list and of an unknown engine are documented (the spec's oneOf accepts them
   * with documented marks), so the suite must find nothing there. Extra fields are drift the docs
   * allow: a notice, never a warning.
   */
  static Expected expected(Departure d) {
    return switch (d) {
      case CREDENTIALS_IN_A_BODY -> warns(r -> r.evidence().equals(MARKS.rule("no-credentials-in-body")));
      case FORM_BODY_PARAMETERS -> warns(r -> r.name().contains("form body"));
      case THE_BODY_WINS -> warns(r -> r.evidence().equals(MARKS.rule("query-wins")));
      case UNSTATED_CONSTRAINTS -> warns(r -> r.group().equals("errors") && r.evidence().pointer().startsWith("/components/schemas/"));
      case UNDOCUMENTED_METHOD_AS_404 -> warns(r -> r.evidence().equals(MARKS.undocumentedMethod()));
      case EXTRA_FIELDS -> new Expected(Outcome.NOTICE, r -> r.actual().contains("server_name"));
      case EMPTY_LIST_AS_OBJECT, ENGINE_AS_EMPTY_ARRAY -> new Expected(Outcome.PASS, r -> true);
    };
  }

  record Expected(Outcome outcome, Predicate<CheckResult> names) {}

  @Test
  void eachDepartureIsGradedAsItsBasisSays() {
    // a position departed from warns; another documented form passes; tolerated drift is a notice
    for (Departure d : Departure.values()) {
      Outcome byBasis = switch (d.basis()) {
        case POSITION -> Outcome.WARN;
        case DOCUMENTED -> Outcome.PASS;
        case TOLERATED -> Outcome.NOTICE;
      };
      assertThat(expected(d).outcome()).as(d.name()).isEqualTo(byBasis);
    }
    assertThat(Positions.LENIENT.positionsDepartedFrom()).hasSize(5);
  }

  private static Expected warns(Predicate<CheckResult> names) {
    return new Expected(Outcome.WARN, names);
  }

  @Test
  void theLenientMockWarnsAtEachDepartureAndFailsOnlyThereUnderStrict() {
    Run byDefault = runAgainstLenient(false);
    Run strict = runAgainstLenient(true);
    System.out.println("lenient: " + Reports.summaryLine(byDefault));
    System.out.println("lenient: " + Reports.summaryLine(strict));
    assertThat(byDefault.failures()).extracting(CheckResult::name).isEmpty();
    assertThat(byDefault.skippedGroups()).isEmpty();
    List<CheckResult> warnings = of(byDefault, Outcome.WARN);
    for (Departure d : Positions.LENIENT.departures()) {
      Expected e = expected(d);
      if (e.outcome() != Outcome.PASS) {
        assertThat(of(byDefault, e.outcome())).as(d + " gives a " + e.outcome()).anyMatch(e.names());
      }
    }
    // Every warning is one of the departures: the suite cries wolf nowhere else.
    assertThat(warnings).allSatisfy(w -> assertThat(Positions.LENIENT.departures())
        .as(w.name()).anyMatch(d -> expected(d).outcome() == Outcome.WARN && expected(d).names().test(w)));
    assertThat(warnings).allSatisfy(w -> assertThat(w.evidence().basis()).isEqualTo(Basis.POSITION));
    // Strict: failures exactly where the default run warned; notices stay notices.
    assertThat(keys(strict.failures())).isEqualTo(keys(warnings));
    assertThat(strict.count(Outcome.WARN)).isZero();
    assertThat(strict.count(Outcome.NOTICE)).isEqualTo(byDefault.count(Outcome.NOTICE)).isPositive();
  }

  private static Run runAgainstLenient(boolean strict) {
    try (WawpMock mock = WawpMock.builder().host("127.0.0.1").port(0).positions(Positions.LENIENT)
        .startingDuration(Duration.ofMillis(300)).qrRotation(Duration.ofSeconds(5)).build().start()) {
      return SuiteRunner.runAll(SuiteRunner.target(mock, mock.baseUrl()), strict);
    }
  }

  private static List<CheckResult> of(Run run, Outcome outcome) {
    return run.results().stream().filter(r -> r.outcome() == outcome).toList();
  }

  private static Set<String> keys(List<CheckResult> rs) {
    return rs.stream().map(r -> r.group() + " / " + r.operation() + ": " + r.name()).collect(Collectors.toSet());
  }
}
