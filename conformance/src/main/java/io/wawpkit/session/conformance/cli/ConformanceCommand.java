package io.wawpkit.session.conformance.cli;

import io.wawpkit.session.common.ConnectionProblems;
import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.ConnectionLost;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.engine.Selection;
import io.wawpkit.session.conformance.engine.Suite;
import io.wawpkit.session.conformance.engine.Target;
import io.wawpkit.session.conformance.engine.TokenRefused;
import io.wawpkit.session.conformance.report.Reports;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The conformance suite's command line. Without --base-url it starts this project's mock in
 * process and runs everything against it; with one, it checks that API. Exit 0 when conformant,
 * 1 on failures (departures from documented rules, and from positions under --strict; or, with
 * --fail-on-skip, whole groups skipped), 2 on a usage or connection problem (a target unreachable
 * at the start or lost in the middle, a token it refuses). A run whose time budget (--max-time)
 * runs out writes its reports and exits 1 when it found failures, else 2. Warnings and notices
 * never change the exit code.
 */
@Command(name = "wawp-conformance", mixinStandardHelpOptions = true, versionProvider = SuiteVersion.class,
    sortOptions = false,
    description = {
      "Checks that a Wawp session API (this project's mock by default, another mock, or the live service)",
      "honours the contract in openapi/wawp-session.yaml: shapes, errors, tenancy, lifecycle, consistency.",
      "Every option can also be set as an environment variable WAWP_<OPTION> (a flag wins)."},
    footer = {"",
      "Reports: report.html opens on the verdict and the list of failures, each linked to its details (expected,",
      "actual, the spec's basis, the request and the answer); undocumented methods fold into one row per path and",
      "skipped checks are grouped by reason, as in report.md and the console. junit.xml has one test case per check.",
      "No token, HMAC key, custom header value or proxy password appears in the console or in any report: each is",
      "masked (****), also where a target echoes it back."})
public final class ConformanceCommand implements Callable<Integer> {
  static final int CONFORMANT = 0;
  static final int VIOLATIONS = 1;
  static final int USAGE = 2;

  @Option(names = "--base-url", defaultValue = "${env:WAWP_BASE_URL}", paramLabel = "URL",
      description = "The API's base URL with its version prefix, e.g. https://api.wawp.net/v2. Without it, the embedded mock.")
  String baseUrl;

  @Option(names = "--access-token", defaultValue = "${env:WAWP_ACCESS_TOKEN}", paramLabel = "TOKEN",
      description = "The account's API token (required with --base-url). Never printed.")
  String accessToken;

  @Option(names = "--other-access-token", defaultValue = "${env:WAWP_OTHER_ACCESS_TOKEN}", paramLabel = "TOKEN",
      description = "A second account's token, for the tenancy checks (skipped without it).")
  String otherAccessToken;

  @Option(names = "--instance-id", defaultValue = "${env:WAWP_INSTANCE_ID}", paramLabel = "ID",
      description = "An existing instance for non-destructive checks.")
  String instanceId;

  @Option(names = "--allow-destructive", defaultValue = "${env:WAWP_ALLOW_DESTRUCTIVE:-false}",
      description = "Allow stopping, logging out, deleting or reconfiguring instances the suite did not create.")
  boolean allowDestructive;

  @Option(names = "--await-scan", defaultValue = "${env:WAWP_AWAIT_SCAN}", paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long to wait for a person to scan a QR (the temp link is shown); without it those steps are skipped.")
  Duration awaitScan;

  @Option(names = "--profile", defaultValue = "${env:WAWP_PROFILE:-all}", paramLabel = "shape|lifecycle|all",
      converter = ProfileConverter.class, description = "Which checks: shape, lifecycle or all (default).")
  Profile profile;

  @Option(names = "--report", defaultValue = "${env:WAWP_REPORT:-conformance-report}", paramLabel = "DIR",
      description = "Where the HTML, Markdown and JUnit XML reports go (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(names = "--mock-positions", defaultValue = "${env:WAWP_MOCK_POSITIONS:-strict}", paramLabel = "strict|lenient",
      converter = PositionsConverter.class,
      description = "Without --base-url: the side the embedded mock takes where the docs are silent: the spec's "
          + "positions (strict, default) or the other defensible side (lenient: warnings, no failure).")
  Positions mockPositions;

  @Option(names = "--strict", defaultValue = "${env:WAWP_STRICT:-false}",
      description = "Count departures from the contract's positions (where the docs are silent) as failures, not warnings. "
          + "Notices (drift the docs allow) stay notices.")
  boolean strict;

  @Option(names = "--fail-on-skip", defaultValue = "${env:WAWP_FAIL_ON_SKIP:-false}",
      description = "Fail the run (exit 1) when a whole group of checks was skipped.")
  boolean failOnSkip;

  /**
   * For tests only (hidden): treats a target on this machine as remote, so that the branches a live
   * run takes (its request budgets, one walker, its session budget) run against the mock jar too.
   */
  @Option(names = "--assume-remote", hidden = true, defaultValue = "false",
      description = "For tests: treat a target on this machine as a remote one (live budgets and limits).")
  boolean assumeRemote;

  @Option(names = "--transition-timeout", defaultValue = "${env:WAWP_TRANSITION_TIMEOUT}", paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long an asynchronous status change may take (default 10s on the embedded mock or another target "
          + "on this machine, 45s otherwise). A change that does not come fails once; the checks that need it are "
          + "skipped as blocked.")
  Duration transitionTimeout;

  @Option(names = "--max-time", defaultValue = "${env:WAWP_MAX_TIME}", paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "The whole run's time budget (default 60s on the embedded mock or another target on this machine, "
          + "5m otherwise). When it runs out the run stops, writes its reports (checks not run are skipped) and exits "
          + "1 with failures, else 2. Time waiting for a person (--await-scan) does not count.")
  Duration maxTime;

  @Option(names = "--request-timeout", defaultValue = "${env:WAWP_REQUEST_TIMEOUT}", paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long one request waits for its answer (default 10s). A request without an answer fails its "
          + "check once; the suite then probes the target and stops (exit 2) when it does not answer.")
  Duration requestTimeout;

  @Option(names = "--include", split = ",", defaultValue = "${env:WAWP_INCLUDE}", paramLabel = "GROUP|OPERATION",
      description = "Only these check groups (shape, errors, tenancy, lifecycle, consistency, credentials, repetition) and/or only the checks about "
          + "these operations (operationIds such as getSessionInfo); comma-separated or repeated. A group decides what runs, "
          + "an operation what is reported.")
  List<String> include;

  @Option(names = "--exclude", split = ",", defaultValue = "${env:WAWP_EXCLUDE}", paramLabel = "GROUP|OPERATION",
      description = "Leave out these check groups and/or the checks about these operations; comma-separated or repeated.")
  List<String> exclude;

  @Option(names = "--junit-xml", defaultValue = "${env:WAWP_JUNIT_XML}", paramLabel = "FILE",
      description = "Where the JUnit XML report goes (default: junit.xml in the --report folder).")
  Path junitXml;

  private PrintWriter out;
  private PrintWriter err;

  // The embedded mock's server logs its start and stop through java.util.logging: keep the report
  // readable (held strongly, or the level setting could be collected with the logger).
  private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of("io.undertow", "org.xnio")
      .map(java.util.logging.Logger::getLogger).peek(l -> l.setLevel(java.util.logging.Level.WARNING)).toList();

  @Override
  public Integer call() throws Exception {
    positive(maxTime, "--max-time");
    positive(requestTimeout, "--request-timeout");
    WawpSpec spec = WawpSpec.load();
    Selection selection;
    try {
      selection = Selection.of(include, exclude, spec);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
    List<CheckGroup> groups = selection.groups(profile.groups());
    if (groups.isEmpty()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--include/--exclude leave no check group of profile "
          + profile.name().toLowerCase(java.util.Locale.ROOT) + " to run (its groups: "
          + String.join(", ", profile.groups().stream().map(CheckGroup::name).toList()) + ")");
    }
    WawpMock mock = null;
    Target target;
    try {
      if (baseUrl == null || baseUrl.isBlank()) {
        mock = WawpMock.builder().host("127.0.0.1").port(0).positions(mockPositions)
            .startingDuration(Duration.ofMillis(300)).qrRotation(Duration.ofSeconds(5)).build().start();
        out.println("Started the embedded mock at " + mock.baseUrl()
            + (mockPositions == Positions.STRICT ? "" : " (" + mockPositions.name().toLowerCase(java.util.Locale.ROOT) + " positions)"));
        target = new Target(URI.create(mock.baseUrl()), mock.token("demo-paid"), mock.token("demo-free"), null,
            URI.create(mock.controlUrl()), true, awaitScan, true);
      } else {
        URI url = parseUrl(baseUrl);
        if (accessToken == null || accessToken.isBlank()) {
          throw new CommandLine.ParameterException(new CommandLine(this),
              "--access-token (or WAWP_ACCESS_TOKEN) is required with --base-url");
        }
        reachable(url, requestTimeout());
        target = new Target(url, accessToken, blankToNull(otherAccessToken), blankToNull(instanceId), null,
            allowDestructive, awaitScan, Target.isLoopback(url) && !assumeRemote);
      }
      Duration timeout = transitionTimeout != null ? transitionTimeout
          // A live boot takes seconds; 45 s leaves it room and keeps a boot that never comes within a minute.
          : target.local() ? Duration.ofSeconds(10) : Duration.ofSeconds(45);
      Suite.Limits limits = new Suite.Limits(maxTime, requestTimeout());
      out.println("Checking " + target.baseUrl() + " with profile " + profile.name().toLowerCase()
          + " (time budget " + Context.inWords(limits.maxTime(target)) + selection.describe().map(d -> "; " + d).orElse("") + ")");
      out.flush();
      Run run = new Suite(spec, strict).limits(limits).run(target, profile, groups, timeout, line -> {
        out.println(line);
        out.flush();
      });
      out.print(Reports.console(run));
      Path html = Reports.write(run, reportDir, junitXml);
      out.println("Reports: " + html.toAbsolutePath() + (junitXml == null ? " (and report.md, junit.xml beside it)"
          : " (and report.md beside it; JUnit XML: " + junitXml.toAbsolutePath() + ")"));
      out.println(Reports.summaryLine(run, failOnSkip));
      out.flush();
      if (run.outOfTime()) {
        err.println("wawp-conformance: the time budget of " + Context.inWords(limits.maxTime(target)) + " ran out after "
            + run.results().size() + " checks (" + (run.conformant() ? "no failure so far" : run.count(Outcome.FAIL) + " failed")
            + "); the checks not run are reported as skipped (reports in " + reportDir + ")");
        err.flush();
        return run.conformant() ? USAGE : VIOLATIONS;
      }
      return run.passes(failOnSkip) ? CONFORMANT : VIOLATIONS;
    } finally {
      if (mock != null) {
        mock.close();
      }
    }
  }

  private URI parseUrl(String value) {
    try {
      URI url = URI.create(value.replaceAll("/+$", ""));
      if (url.getScheme() == null || url.getHost() == null
          || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
        throw new IllegalArgumentException();
      }
      if (url.getRawUserInfo() != null || url.getRawQuery() != null) {
        // Reports print the base URL: credentials belong in --access-token, never in the URL.
        throw new CommandLine.ParameterException(new CommandLine(this),
            "--base-url must carry no user, password or query (give the token with --access-token)");
      }
      return url;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--base-url is not an http(s) URL: " + value);
    }
  }

  private void positive(Duration value, String option) {
    if (value != null && (value.isZero() || value.isNegative())) {
      throw new CommandLine.ParameterException(new CommandLine(this), option + " must be longer than 0");
    }
  }

  private Duration requestTimeout() {
    return requestTimeout != null ? requestTimeout : Suite.Limits.REQUEST_TIMEOUT;
  }

  /** One request before the run, so that an unreachable server gives one clear message. */
  private static void reachable(URI url, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    try {
      http.send(HttpRequest.newBuilder(URI.create(url + "/session/info")).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new Unreachable("cannot reach " + url + ": " + ConnectionProblems.describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The server did not answer the first request. */
  static final class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreachable(String message) {
      super(message);
    }
  }

  /** Runs the command and returns its exit code (for tests and main). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    ConformanceCommand command = new ConformanceCommand();
    command.out = out;
    command.err = err;
    CommandLine cli = new CommandLine(command);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("wawp-conformance: " + ex.getMessage() + " (see --help)");
      err.flush();
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      boolean said = ex instanceof Unreachable || ex instanceof ConnectionLost || ex instanceof TokenRefused;
      // Whatever stopped the run, its message names no token.
      Redactor redactor = Redactor.masking(command.accessToken, command.otherAccessToken);
      err.println("wawp-conformance: " + redactor.redact(said ? ex.getMessage() : ex.getClass().getSimpleName() + ": " + ex.getMessage()));
      err.flush();
      return USAGE;
    });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.exit(code);
  }
}
