package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.checks.ShapeChecks;
import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.report.Reports;
import io.wawpkit.session.mock.WawpMock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report, opened once in headless Chromium (no network), shows every operation and every
 * failure of a run that has failures (the suite against a proxy that breaks the answers' type).
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
      run = SuiteRunner.run(SuiteRunner.target(mock, base), List.of(new ShapeChecks()));
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
    String text = shown.output().replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    for (String operation : run.byOperation().keySet()) {
      assertThat(text).as("shows " + operation).contains(operation);
    }
    for (CheckResult failure : run.failures()) {
      assertThat(text).as("shows the failure " + failure.name()).contains(failure.name());
    }
    assertThat(text).contains("FAIL", Reports.summaryLine(run).replace("&", "&"));
  }
}
