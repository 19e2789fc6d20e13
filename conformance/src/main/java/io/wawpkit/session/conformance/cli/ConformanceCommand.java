package io.wawpkit.session.conformance.cli;

import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.conformance.engine.ConnectionLost;
import io.wawpkit.session.conformance.engine.Profile;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.conformance.engine.RunOptions;
import io.wawpkit.session.conformance.engine.TokenRefused;
import io.wawpkit.session.conformance.engine.Unreachable;
import io.wawpkit.session.conformance.report.Reports;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.spec.WawpSpec;
import java.io.PrintWriter;
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
      description = "How long to wait for a person to scan a QR (the temp link and the QR, in the terminal, are shown) or to enter a pairing code; without it those steps are skipped.")
  Duration awaitScan;

  @Option(names = "--pairing-phone", defaultValue = "${env:WAWP_PAIRING_PHONE}", paramLabel = "NUMBER",
      description = "A WhatsApp number you own (digits with the country code) for the pairing-code checks on a live API; "
          + "without it no pairing code is requested there (the request would reach that phone).")
  String pairingPhone;

  @Option(names = "--profile", defaultValue = "${env:WAWP_PROFILE:-all}", paramLabel = "shape|lifecycle|all|explore",
      converter = ProfileConverter.class, description = "Which checks: shape, lifecycle, all (default; with a short exploration) "
          + "or explore (model-based exploration alone, with a larger budget).")
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

  @Option(names = "--seed", defaultValue = "${env:WAWP_SEED}", paramLabel = "NUMBER",
      description = "The exploration's seed: the same seed against the same target explores the same sequences "
          + "(default: a new one, printed).")
  Long seed;

  @Option(names = "--explore-steps", defaultValue = "${env:WAWP_EXPLORE_STEPS}", paramLabel = "N",
      description = "The most steps the exploration generates (default 300 in profile all, 3000 in profile explore).")
  Integer exploreSteps;

  @Option(names = "--explore-time", defaultValue = "${env:WAWP_EXPLORE_TIME}", paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "The most time the exploration spends generating (default 4s in profile all, 60s in profile explore); "
          + "shrinking a failing sequence comes on top (bounded; against a remote target within 300 requests).")
  Duration exploreTime;

  @Option(names = "--include", split = ",", defaultValue = "${env:WAWP_INCLUDE}", paramLabel = "GROUP|OPERATION",
      description = "Only these check groups (shape, errors, tenancy, lifecycle, consistency, login, credentials, repetition, explore) and/or only the checks about "
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

  /** The options as the engine takes them: the one path the command line and the JUnit entry point share. */
  RunOptions options() {
    return new RunOptions().baseUrl(baseUrl).accessToken(accessToken).otherAccessToken(otherAccessToken)
        .instanceId(instanceId).allowDestructive(allowDestructive).awaitScan(awaitScan).pairingPhone(pairingPhone).profile(profile)
        .mockPositions(mockPositions).strict(strict).failOnSkip(failOnSkip).assumeRemote(assumeRemote)
        .transitionTimeout(transitionTimeout).maxTime(maxTime).requestTimeout(requestTimeout).include(include)
        .exclude(exclude).seed(seed).exploreSteps(exploreSteps).exploreTime(exploreTime);
  }

  @Override
  public Integer call() throws Exception {
    RunOptions options = options();
    RunOptions.Checked checked;
    try {
      checked = options.check(WawpSpec.load());
    } catch (RunOptions.Invalid e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
    try (RunOptions.Started started = checked.start(out::println)) {
      out.println(started.describe());
      out.flush();
      Run run = started.run(line -> {
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
        err.println("wawp-conformance: " + Reports.outOfTime(run, started.limits().maxTime(started.target()))
            + " (reports in " + reportDir + ")");
        err.flush();
        return run.conformant() ? USAGE : VIOLATIONS;
      }
      return options.passes(run) ? CONFORMANT : VIOLATIONS;
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
