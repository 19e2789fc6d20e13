package io.wawpkit.session.mock.internal.cli;

import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.internal.spec.SpecCache;
import io.wawpkit.session.mock.MockAccount;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar wawp-session-mock-all.jar [options]}: runs the mock until interrupted. */
@Command(name = "wawp-mock", mixinStandardHelpOptions = true, versionProvider = MockCommand.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "A stateful mock of the Wawp session API, executing the lifecycle model of its OpenAPI spec.")
public final class MockCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8089", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind. Default: ${DEFAULT-VALUE}. Beyond loopback the API and the demo tokens answer on"
          + " every interface, and every control call needs the control token.")
  String host;

  @Option(names = "--control-token", paramLabel = "TOKEN", defaultValue = "${env:WAWP_MOCK_CONTROL_TOKEN}",
      description = "Token every control call must carry (Authorization: Bearer). Default: $WAWP_MOCK_CONTROL_TOKEN;"
          + " else none on loopback, a generated one (printed) beyond loopback.")
  String controlToken;

  @Option(names = "--base-path", defaultValue = "/v2", description = "v2-style base path. Default: ${DEFAULT-VALUE}.")
  String basePath;

  @Option(names = "--v1-base-path", defaultValue = "/wp-json/awp/v1",
      description = "v1 base path, serving the v1 operations; 'none' turns it off. Default: ${DEFAULT-VALUE}.")
  String v1BasePath;

  @Option(names = "--accounts", paramLabel = "FILE", description = "JSON file of accounts (default: demo accounts).")
  Path accounts;

  @Option(names = "--state-file", paramLabel = "FILE", description = "Keep accounts and sessions in FILE across restarts.")
  Path stateFile;

  @Option(names = "--starting-duration", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
      description = "How long STARTING lasts. Default: ${DEFAULT-VALUE}.")
  Duration startingDuration;

  @Option(names = "--qr-rotation", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How often the QR changes (default: the middle of the model's range, 30s).")
  Duration qrRotation;

  @Option(names = "--auto-scan-after", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "A simulated person scans the QR this long after SCAN_QR_CODE (default: nobody).")
  Duration autoScanAfter;

  @Option(names = "--rate-limit", paramLabel = "N/s", converter = RateConverter.class, defaultValue = "0",
      description = "Requests per second per token before 429 (e.g. 10/s, 600/m; default: off).")
  double rateLimit;

  @Option(names = "--instance-quota", paramLabel = "N", description = "Instances per account before create answers 403 (default: none).")
  Integer instanceQuota;

  @Option(names = "--lifecycle", paramLabel = "FILE",
      description = "Run this lifecycle model (YAML/JSON with an x-wawp-lifecycle tree) instead of the spec's.")
  Path lifecycle;

  @Option(names = "--webhook-retry-delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
      description = "First retry delay of a webhook delivery (doubles each time). Default: ${DEFAULT-VALUE}.")
  Duration webhookRetryDelay;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "65536",
      description = "Largest request body accepted (413 above). Default: ${DEFAULT-VALUE}.")
  long maxBody;

  @Option(names = "--temp-link-validity", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long a temporary QR link is valid. Default: the spec's documented lifetime (30m).")
  Duration tempLinkValidity;

  @Option(names = "--request-parse-timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
      description = "Close a connection whose request line and headers take longer to arrive. Default: ${DEFAULT-VALUE}.")
  Duration requestParseTimeout;

  @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
      description = "Close a connection that sends no request for this long. Default: ${DEFAULT-VALUE}.")
  Duration idleTimeout;

  @Option(names = "--positions", paramLabel = "SIDE", defaultValue = "strict",
      description = "Where Wawp's docs are silent or contradict themselves: 'strict' takes the spec's positions, "
          + "'lenient' the other defensible side (see the mock README). Default: ${DEFAULT-VALUE}.")
  Positions positions;

  @Option(names = "--journal-size", paramLabel = "N", defaultValue = "1000",
      description = "How many answered requests the control API's request journal keeps, secrets masked (0: none). Default: ${DEFAULT-VALUE}.")
  int journalSize;

  @Option(names = "--verbose", description = "Print a line per answered request (secrets masked).")
  boolean verbose;

  // Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
  private static final java.util.List<Logger> QUIET = java.util.List.of(Logger.getLogger("org.xnio"), Logger.getLogger("io.undertow"));

  public static void main(String[] args) {
    // Before Undertow loads: jboss-logging's provider search costs ~0.3 s; the JDK logger is enough.
    System.setProperty("org.jboss.logging.provider", "jdk");
    QUIET.forEach(l -> l.setLevel(Level.WARNING));
    // Parsing the spec and building its validator are most of the start-up: begin before the
    // options are even read (daemon threads: a bad option or --help exits without waiting).
    Thread warmUp = new Thread(SpecCache::validator, "wawp-mock-spec");
    warmUp.setDaemon(true);
    warmUp.start();
    System.exit(run(args));
  }

  /** Runs the command; returns the exit code (2 for a bad option or setting). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new MockCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, a) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("wawp-mock: " + e.getMessage() + " (see --help)");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, c, p) -> {
      c.getErr().println("wawp-mock: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
          || e instanceof io.wawpkit.session.spec.SpecException ? 2 : 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws InterruptedException {
    long t0 = System.nanoTime();
    WawpMock.Builder builder = WawpMock.builder()
        .host(host)
        .port(port)
        .basePath(basePath)
        .v1BasePath("none".equalsIgnoreCase(v1BasePath) ? null : v1BasePath)
        .startingDuration(startingDuration)
        .autoScanAfter(autoScanAfter)
        .rateLimit(rateLimit)
        .instanceQuota(instanceQuota)
        .stateFile(stateFile)
        .webhookRetryDelay(webhookRetryDelay)
        .maxBodyBytes(maxBody)
        .controlToken(controlToken == null || controlToken.isEmpty() ? null : controlToken)
        .requestParseTimeout(requestParseTimeout)
        .idleTimeout(idleTimeout)
        .positions(positions)
        .journalSize(journalSize)
        .console(verbose ? System.out::println : null);
    if (qrRotation != null) {
      builder.qrRotation(qrRotation);
    }
    if (tempLinkValidity != null) {
      builder.tempLinkValidity(tempLinkValidity);
    }
    if (accounts != null) {
      builder.accountsFile(accounts);
    }
    if (lifecycle != null) {
      builder.lifecycleFile(lifecycle);
    }
    WawpMock mock;
    try {
      mock = builder.start();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      // a file or a setting the mock cannot use (a damaged state file, a port in use): exit code 2
      throw new IllegalArgumentException("cannot start: " + e.getMessage());
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
      throw new IllegalStateException("cannot start: " + cause.getMessage(), cause);
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("Wawp mock listening on " + mock.baseUrl()
        + (mock.v1BaseUrl() != null ? " (v1: " + mock.v1BaseUrl() + ")" : "") + " in " + millis + " ms");
    printControlAccess(mock);
    for (MockAccount a : mock.accounts()) {
      // Demo tokens are public; tokens from an accounts or state file are secrets and stay unprinted.
      String token = accounts == null && a.token().startsWith("demo-") ? a.token() : "(from " + (accounts != null ? accounts : stateFile) + ")";
      System.out.println("  account " + a.id() + " (" + a.plan().slug() + "): token " + token);
    }
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      mock.close();
      stopped.countDown();
    }, "wawp-mock-shutdown"));
    stopped.await();
    return 0;
  }

  /** Says who can reach the control API; loudly when it is more than this machine. */
  private void printControlAccess(WawpMock mock) {
    String url = mock.controlUrl() + "/";
    String token = mock.controlToken();
    if (mock.loopbackOnly()) {
      System.out.println("Control API: " + url + "  (loopback Host names only, no web pages"
          + (token == null ? "" : "; needs the control token you gave") + ")");
      return;
    }
    System.out.println("WARNING: listening beyond loopback (" + host + "): the API and the accounts' tokens"
        + " answer on every interface, and so does the control API, which needs the control token.");
    System.out.println("Control API: " + url + "  (Authorization: Bearer "
        + (controlToken == null || controlToken.isEmpty() ? token : "<the control token you gave>") + ")");
  }

  /** Prints the artifact version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = MockCommand.class.getPackage().getImplementationVersion();
      return new String[] {"wawp-mock " + (v == null ? "(development)" : v)};
    }
  }
}
