package io.wawpkit.session.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Exchange;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.engine.Target;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.WawpSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a run with failures, warnings, skips and undocumented methods: the HTML opens on
 * the verdict and the failures, each linked to its details; the undocumented methods of a path are
 * one row; the console lists the skips, one line per reason with a count; the JUnit XML goes where
 * it is told.
 */
class ReportsAPersonCanReadTest {
  static final Evidence MARK = WawpSpec.load().evidence().undocumentedMethod();
  static final String DESTRUCTIVE = "changes an instance the suite did not create: needs --allow-destructive";
  static final String NO_OTHER = "no second account (--other-access-token)";

  static Run run() {
    Exchange x = new Exchange("getSessionInfo", "GET /v2/session/info?access_token=****&instance_id=ABC", null, 200,
        "application/json", "{\"status\":1}", List.of("status: wrong type"), List.of(), MARK);
    List<CheckResult> results = new ArrayList<>(List.of(
        result("shape", "getSessionInfo", "info answers its documented shape", Outcome.PASS, null),
        result("shape", "getSessionMe", "me answers its documented shape", Outcome.FAIL, x),
        result("shape", "startSession", "start answers its documented shape", Outcome.SKIP, null),
        result("shape", "stopSession", "stop answers its documented shape", Outcome.SKIP, null),
        result("errors", "PATCH /session/info", "an undocumented method answers 405 with Allow", Outcome.PASS, null),
        result("errors", "PUT /session/info", "an undocumented method answers 405 with Allow", Outcome.PASS, null),
        result("errors", "DELETE /session/info", "an undocumented method answers 405 with Allow", Outcome.FAIL, null),
        result("errors", "PATCH /session/me", "an undocumented method answers 405 with Allow", Outcome.PASS, null),
        result("errors", "getSessionInfo", "info with a wrong token is refused", Outcome.WARN, null),
        result("lifecycle", "restartSession", "restart answers its documented shape", Outcome.SKIP, null),
        result("tenancy", "all", "the tenancy checks", Outcome.SKIP, null)));
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, (int) results.stream().filter(r -> r.outcome() == o).count());
    }
    Map<String, Duration> times = new LinkedHashMap<>();
    times.put("shape", Duration.ofSeconds(1));
    return new Run(new Target(URI.create("http://127.0.0.1:9/v2"), "tok-12345", null, null, null, false, null, true),
        Profile.ALL, false, results, counts, 42, Duration.ofSeconds(3), times, false);
  }

  static CheckResult result(String group, String op, String name, Outcome o, Exchange x) {
    String actual = switch (o) {
      case SKIP -> group.equals("tenancy") ? NO_OTHER : DESTRUCTIVE;
      case PASS -> "HTTP 200";
      default -> "HTTP 200, no Allow";
    };
    return new CheckResult(group, op, name, o, "405 with Allow", actual, x, MARK);
  }

  @Test
  void theHtmlOpensOnTheVerdictAndTheFailuresEachLinkedToItsDetails() {
    Run run = run();
    String html = Reports.html(run);
    int verdict = html.indexOf("id='verdict'");
    int failures = html.indexOf("id='failure-list'");
    int operations = html.indexOf("id='operations'");
    assertThat(verdict).isPositive().isLessThan(failures);
    assertThat(failures).isLessThan(operations);
    assertThat(html.substring(verdict, failures)).contains("NOT conformant", "2 failed");
    String list = html.substring(failures, operations);
    List<String> ids = Pattern.compile("href='#(check-\\d+)'").matcher(list).results().map(m -> m.group(1)).toList();
    assertThat(ids).hasSize(run.count(Outcome.FAIL));
    for (String id : ids) {
      int target = html.indexOf("id='" + id + "'");
      assertThat(target).as("the anchor " + id + " exists").isGreaterThan(operations);
      assertThat(html.substring(target, html.indexOf("</div>", target))).startsWith("id='" + id + "'><h3>FAIL")
          .contains("expected", "actual", "basis");
    }
    assertThat(list).contains("<li><a href='#check-2'>shape &middot; <code>getSessionMe</code>: me answers its documented shape</a></li>",
        // the undocumented methods of a path: one item, a link per method
        "<li>errors &middot; <code>/session/info</code>: an undocumented method answers 405 with Allow: <a href='#check-7'>DELETE</a></li>");
    assertThat(html.substring(html.indexOf("id='check-7'"))).startsWith("id='check-7'><h3>FAIL &middot; errors &middot; <code>DELETE /session/info");
  }

  @Test
  void theUndocumentedMethodsOfAPathAreOneRow() {
    Run run = run();
    String html = Reports.html(run);
    List<String> rows = html.lines().filter(l -> l.startsWith("<tr")).toList();
    assertThat(rows).filteredOn(r -> r.contains("/session/info")).singleElement().satisfies(r -> assertThat(r)
        .contains("undocumented methods: PATCH, PUT, DELETE", "<td class='pass'>2</td>", "href='#check-7'>1</a>"));
    assertThat(rows).filteredOn(r -> r.contains("/session/me</code>")).singleElement().satisfies(r -> assertThat(r)
        .contains("undocumented methods: PATCH"));
    assertThat(rows).noneMatch(r -> r.contains("PATCH /session"));
    assertThat(Reports.console(run)).containsPattern("\n/session/info, undocumented: PATCH, PUT, DELETE +2 +1 +0 +0 +0\n")
        .doesNotContain("PATCH /session/info   ");
    assertThat(Reports.markdown(run)).contains("| `/session/info`, undocumented: PATCH, PUT, DELETE | 2 | 1 | 0 | 0 | 0 |");
  }

  @Test
  void theConsoleListsSkipsOneLinePerReasonWithACount() {
    String console = Reports.console(run());
    assertThat(console).contains("Skipped (4 checks, by reason):",
        "- 3 checks in shape, lifecycle: " + DESTRUCTIVE,
        "- [tenancy] all: " + NO_OTHER);
    assertThat(console.lines().filter(l -> l.contains(DESTRUCTIVE))).hasSize(1);
    String html = Reports.html(run());
    assertThat(html).contains("<summary>3 &times; " + DESTRUCTIVE.replace("'", "&#39;") + "</summary>");
  }

  @Test
  void theJunitXmlGoesWhereItIsTold(@TempDir Path dir) throws Exception {
    Path junit = dir.resolve("ci/results/conformance.xml");
    Path html = Reports.write(run(), dir.resolve("report"), junit);
    assertThat(html).exists();
    assertThat(dir.resolve("report/report.md")).exists();
    assertThat(dir.resolve("report/junit.xml")).doesNotExist();
    assertThat(Files.readString(junit)).startsWith("<?xml").contains("failures=\"2\"", "skipped=\"4\"");
    Reports.write(run(), dir.resolve("plain"));
    assertThat(dir.resolve("plain/junit.xml")).exists();
  }
}
