package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.checks.ErrorChecks;
import io.wawpkit.session.conformance.checks.ShapeChecks;
import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.report.Reports;
import io.wawpkit.session.mock.WawpMock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report, opened once in headless Chromium (no network), shows every operation and every
 * failure of a run that has failures (the suite against a proxy that breaks the answers' type): the
 * verdict first, then the failures, each a link to an anchor the page has, then the operations (the
 * undocumented methods of a path in one row).
 */
class HtmlReportShowsEveryOperationAndFailureTest {
  @Test
  void chromiumShowsEveryOperationAndFailure(@TempDir Path dir) throws Exception {
    Run run;
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(), r -> r,
            r -> r.request().pathAndQuery().contains("/session/me")
                ? new RewritingProxy.Resp(r.status(), r.headers(), r.body().replace("\"pushName\":null", "\"pushName\":42"), r.request())
                : r)) {
      String base = proxy.origin() + mock.baseUrl().substring(mock.origin().length());
      run = SuiteRunner.run(SuiteRunner.target(mock, base), List.of(new ShapeChecks(), new ErrorChecks()));
    }
    assertThat(run.failures()).isNotEmpty();
    Path html = Reports.write(run, dir.resolve("report"));

    String browser = Processes.onPath("chromium", "chromium-browser", "google-chrome").orElseThrow(() ->
        new AssertionError("no chromium on PATH: scripts/test installs Debian's chromium (apt-get install chromium)"));
    Processes.Result shown = Processes.run(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + dir.resolve("profile"), "--proxy-server=127.0.0.1:9", "--dump-dom",
        html.toUri().toString()), dir.resolve("chromium.log"), Duration.ofSeconds(90));
    assertThat(shown.exit()).as(shown.output()).isZero();
    String dom = shown.output();
    String text = dom.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    Pattern undocumented = Pattern.compile("([A-Z]+) (/\\S*)");
    boolean folded = false;
    for (String operation : run.byOperation().keySet()) {
      Matcher m = undocumented.matcher(operation);
      if (m.matches()) {
        // One row per path names its undocumented methods.
        assertThat(dom).as("shows " + operation).containsPattern("<code>" + Pattern.quote(m.group(2))
            + "</code> undocumented methods: [A-Z, ]*" + m.group(1));
        folded = true;
      } else {
        assertThat(text).as("shows " + operation).contains(operation);
      }
    }
    assertThat(folded).as("the run tried undocumented methods").isTrue();
    // The verdict, then the failures, each linked to an anchor the page has, then the operations.
    assertThat(dom.indexOf("id=\"verdict\"")).isPositive().isLessThan(dom.indexOf("id=\"failure-list\""));
    assertThat(dom.indexOf("id=\"failure-list\"")).isLessThan(dom.indexOf("id=\"operations\""));
    List<String> links = Pattern.compile("href=\"#(check-\\d+)\"").matcher(dom).results().map(r -> r.group(1)).distinct().toList();
    assertThat(links).hasSizeGreaterThanOrEqualTo(run.failures().size());
    links.forEach(id -> assertThat(dom).as("the page has the anchor " + id).contains("id=\"" + id + "\""));
    for (CheckResult failure : run.failures()) {
      assertThat(text).as("shows the failure " + failure.name()).contains(failure.name());
    }
    assertThat(text).contains("FAIL", Reports.summaryLine(run).replace("&", "&"));
  }
}
