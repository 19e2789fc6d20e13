package io.wawpkit.session.mock;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import io.wawpkit.session.mock.internal.api.SessionApi;
import io.wawpkit.session.mock.internal.api.SessionViews;
import io.wawpkit.session.mock.internal.api.StatusEventView;
import io.wawpkit.session.mock.internal.control.ControlGuard;
import io.wawpkit.session.mock.internal.control.ControlHandler;
import io.wawpkit.session.mock.internal.control.ControlTokens;
import io.wawpkit.session.mock.internal.control.FaultInjector;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.internal.http.ApiHandler;
import io.wawpkit.session.mock.internal.http.HttpListener;
import io.wawpkit.session.mock.internal.http.MalformedRequests;
import io.wawpkit.session.mock.internal.http.RequestValidation;
import io.wawpkit.session.mock.internal.http.RequestJournal;
import io.wawpkit.session.mock.internal.http.Responses;
import io.wawpkit.session.mock.internal.http.TokenRateLimiter;
import io.wawpkit.session.mock.internal.http.UnparsableRequests;
import io.wawpkit.session.mock.internal.persist.ConfigFiles;
import io.wawpkit.session.mock.internal.persist.StateFile;
import io.wawpkit.session.mock.internal.persist.StatePersistence;
import io.wawpkit.session.mock.internal.persist.StateSnapshot;
import io.wawpkit.session.mock.internal.spec.ErrorCatalog;
import io.wawpkit.session.mock.internal.spec.PolicyCatalog;
import io.wawpkit.session.mock.internal.spec.SystemWebhook;
import io.wawpkit.session.mock.internal.spec.SpecCache;
import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.mock.internal.state.SessionLifecycle;
import io.wawpkit.session.mock.internal.state.SessionStore;
import io.wawpkit.session.mock.internal.state.StatusListener;
import io.wawpkit.session.mock.internal.webhook.HmacSigner;
import io.wawpkit.session.mock.internal.webhook.WebhookDispatcher;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.SpecException;
import io.wawpkit.session.spec.WawpSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The stateful Wawp mock: an Undertow HTTP listener that serves every operation of the spec and
 * executes its lifecycle model, with a control API under {@link #controlUrl()}. Build one with
 * {@link #builder()}, {@link #start()} it, {@link #close()} it.
 */
public final class WawpMock implements AutoCloseable {
  public static final String V2 = "v2";
  public static final String V1 = "v1";

  private final MockSettings settings;
  private HttpListener server;
  private volatile String origin;
  private MockControl control;
  private SessionStore store;
  private WawpSpec spec;
  private ScheduledThreadPoolExecutor scheduler;
  private ExecutorService senders;
  private StatePersistence persistence;
  private String controlToken;

  private WawpMock(MockSettings settings) {
    this.settings = settings;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts the server; returns once it answers. */
  public synchronized WawpMock start() {
    if (server != null) {
      return this;
    }
    // Parsing the spec and building the validator take most of the start-up: do it while the
    // server starts, and wire the mock while the validator is built (it needs the spec only).
    CompletableFuture<WawpSpec> specReady = CompletableFuture.supplyAsync(SpecCache::spec, WawpMock::daemonRun);
    CompletableFuture<OpenApiInteractionValidator> validatorReady =
        CompletableFuture.supplyAsync(SpecCache::warmValidator, WawpMock::daemonRun);
    Gate gate = new Gate(specReady.thenApply(ErrorCatalog::new));
    UnparsableRequests unparsable = new UnparsableRequests();
    server = HttpListener.open(settings.host(), settings.port(), gate, unparsable,
        settings.requestParseTimeout(), settings.idleTimeout());
    try {
      origin = "http://" + hostForUrl(settings.host()) + ":" + server.address().getPort();
      controlToken = controlTokenFor(loopbackOnly(), settings.controlToken());
      gate.open(wire(specReady.join(), validatorReady, unparsable));
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private HttpHandler wire(WawpSpec shipped, CompletableFuture<OpenApiInteractionValidator> validator,
      UnparsableRequests unparsable) {
    LifecycleModel model = settings.lifecycle() != null ? settings.lifecycle() : shipped.lifecycle();
    spec = settings.lifecycle() != null ? shipped.withLifecycle(model) : shipped;
    LongSupplier nanoTime = System::nanoTime;
    scheduler = new ScheduledThreadPoolExecutor(1, daemon("wawp-mock-scheduler"));
    scheduler.setRemoveOnCancelPolicy(true);
    senders = Executors.newFixedThreadPool(2, daemon("wawp-mock-webhooks"));

    List<Account> accounts = settings.accounts() != null ? settings.accounts() : DemoAccounts.create();
    StateSnapshot saved = null;
    if (settings.stateFile() != null) {
      persistence = new StatePersistence(new StateFile(settings.stateFile()), scheduler);
      saved = persistence.read(model::isKnownStatus);
      accounts = StatePersistence.mergeAccounts(accounts, settings.accounts() != null, saved);
    }
    store = new SessionStore(accounts);
    ErrorCatalog errors = new ErrorCatalog(spec);
    unparsable.explainWith(new MalformedRequests(errors)::explain);
    PolicyCatalog policies = new PolicyCatalog(spec);
    String statusEvent = spec.event("SessionStatusEvent")
        .orElseThrow(() -> new SpecException("the SessionStatusEvent schema names no event"));
    Duration qrRotation = settings.qrRotation() != null ? settings.qrRotation()
        : Duration.ofSeconds((model.qrRotationSecondsMin() + model.qrRotationSecondsMax()) / 2L);
    SessionViews views = new SessionViews(model, policies, SystemWebhook.from(spec), settings.clock(), nanoTime, qrRotation,
        () -> origin, settings.positions());
    StatusEventView statusEvents = new StatusEventView(model, views, store::account, settings.clock(), statusEvent);
    WebhookDispatcher webhooks = new WebhookDispatcher(statusEvent, statusEvents, new HmacSigner(spec.signing()),
        scheduler, senders, settings.webhookRetryDelay(), settings.clock());
    StatePersistence persist = persistence;
    StatusListener listener = new StatusListener() {
      @Override
      public void statusChanged(Session session, String previous) {
        webhooks.statusChanged(session);
      }

      @Override
      public void stateChanged() {
        if (persist != null) {
          persist.markDirty();
        }
      }
    };
    SessionLifecycle lifecycle = new SessionLifecycle(model, settings.startingDuration(), settings.autoScanAfter(),
        scheduler, listener, nanoTime);
    if (persistence != null) {
      SortedSet<String> gone = StatePersistence.restoreSessions(saved, store, lifecycle, nanoTime);
      if (!gone.isEmpty()) {
        System.err.println("wawp-mock: warning: dropped the saved sessions of accounts no longer configured: "
            + String.join(", ", gone));
      }
      persistence.attach(store);
    }
    SessionApi api = new SessionApi(spec, store, lifecycle, views, policies, errors, listener,
        settings.instanceQuota(),
        settings.tempLinkValidity() != null ? settings.tempLinkValidity() : spec.tempLinkLifetime(), nanoTime);
    TokenRateLimiter rateLimiter = new TokenRateLimiter(settings.ratePerSecond(), nanoTime);
    FaultInjector faults = new FaultInjector();
    RequestJournal journal = new RequestJournal(spec, settings.journalSize(), settings.console());
    control = new InProcessControl(store, lifecycle, faults,
        spec.operations().stream().map(SpecOperation::operationId).collect(Collectors.toSet()), webhooks, rateLimiter,
        listener, journal, policies.defaultSlug(), settings.instanceQuota(), nanoTime);

    Map<String, String> bases = new LinkedHashMap<>();
    bases.put(settings.basePath(), V2);
    if (settings.v1BasePath() != null) {
      bases.putIfAbsent(settings.v1BasePath(), V1);
    }
    Supplier<String> saveFailure = persist == null ? () -> null : persist::failure;
    RequestValidation validation = new RequestValidation(validator.join(), errors, settings.positions(), spec.credentials(),
        spec.evidence());
    ApiHandler apiHandler = new ApiHandler(spec, bases, errors, validation,
        store, api, rateLimiter, faults, settings.maxBodyBytes(), saveFailure, settings.positions(),
        settings.journalSize() == 0 && settings.console() == null ? null : journal);
    ControlHandler controlHandler = new ControlHandler(control, store, views,
        new ControlGuard(loopbackOnly(), server.address().getPort(), controlToken), saveFailure);
    return ex -> {
      String path = ex.getRequestPath();
      if (path.startsWith(ControlHandler.PREFIX + "/")) {
        controlHandler.handleRequest(ex);
      } else {
        apiHandler.handleRequest(ex);
      }
    };
  }

  /** Stops the server and writes the state file one last time. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
      server = null;
    }
    if (persistence != null) {
      try {
        persistence.flush();
      } catch (RuntimeException e) {
        System.err.println("wawp-mock: " + e.getMessage());
      }
      persistence = null;
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (senders != null) {
      senders.shutdownNow();
    }
  }

  /** {@code http://host:port} */
  public String origin() {
    return origin;
  }

  /** The v2-style base URL, such as {@code http://127.0.0.1:8089/v2}. */
  public String baseUrl() {
    return origin + settings.basePath();
  }

  /** The v1 base URL, or null when the v1 base path is off. */
  public String v1BaseUrl() {
    return settings.v1BasePath() == null ? null : origin + settings.v1BasePath();
  }

  /** The control API's base URL, {@code http://host:port/_mock}. */
  public String controlUrl() {
    return origin + ControlHandler.PREFIX;
  }

  /** Whether the mock listens on a loopback address only (else the control API needs its token). */
  public boolean loopbackOnly() {
    return server == null ? ControlTokens.isLoopback(settings.host()) : server.address().getAddress().isLoopbackAddress();
  }

  /**
   * The token every control call must carry ({@code Authorization: Bearer}), or null when none is
   * needed: set with {@link Builder#controlToken}, or generated at start when the mock listens
   * beyond loopback. A secret: never log it.
   */
  public String controlToken() {
    return controlToken;
  }

  public int port() {
    return server == null ? -1 : server.address().getPort();
  }

  /** What only a person or the service could do (scan, fail, plans, faults, reset...), in this process. */
  public MockControl control() {
    return Objects.requireNonNull(control, "the mock is not started");
  }

  /** The spec the mock runs (with the replaced lifecycle model, if any). */
  public WawpSpec spec() {
    return spec;
  }

  /** The accounts, each with its current plan. */
  public List<MockAccount> accounts() {
    return store.accounts().stream()
        .map(a -> new MockAccount(a.id(), a.token(), a.plan(), a.instanceQuota(), a.displayName(), a.email())).toList();
  }

  /** An account's token (for tests: the token is a secret, never log it). */
  public String token(String accountId) {
    Account a = store.account(accountId);
    if (a == null) {
      throw new IllegalArgumentException("no account " + accountId);
    }
    return a.token();
  }

  /** What the builder collected (for this package's tests and the command line's summary). */
  MockSettings settings() {
    return settings;
  }

  /** The given control token; else none on loopback, and a generated one beyond it. */
  static String controlTokenFor(boolean loopbackOnly, String given) {
    return given != null || loopbackOnly ? given : ControlTokens.generate();
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static void daemonRun(Runnable r) {
    daemon("wawp-mock-init").newThread(r).start();
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Answers 503 until the mock is wired (the spec's Unavailable answer, from the error catalog once
   * the spec is read), then hands every request to the real handler.
   */
  private static final class Gate implements HttpHandler {
    private final CompletableFuture<ErrorCatalog> errors;
    private volatile HttpHandler next;

    Gate(CompletableFuture<ErrorCatalog> errors) {
      this.errors = errors;
    }

    void open(HttpHandler handler) {
      this.next = handler;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
      HttpHandler h = next;
      if (h == null) {
        // Never blocks the I/O thread: the answer goes out when the spec has been read.
        ex.dispatch(SameThreadExecutor.INSTANCE, () -> errors.whenComplete((catalog, failure) -> ex.getIoThread().execute(() -> {
          if (catalog != null) {
            Responses.error(ex, catalog.unavailable("The mock is starting."));
          } else {
            ex.setStatusCode(503); // the spec did not read: start() fails and closes the listener
            ex.endExchange();
          }
        })));
        return;
      }
      h.handleRequest(ex);
    }
  }

  /** Configures a mock. Every setting has a default that suits a test. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private String basePath = "/v2";
    private String v1BasePath = "/wp-json/awp/v1";
    private Duration startingDuration = Duration.ofSeconds(2);
    private Duration qrRotation;
    private Duration autoScanAfter;
    private double ratePerSecond;
    private Integer instanceQuota;
    private LifecycleModel lifecycle;
    private List<Account> accounts;
    private Path stateFile;
    private Clock clock = Clock.systemUTC();
    private Duration webhookRetryDelay = Duration.ofSeconds(1);
    private long maxBodyBytes = 65_536;
    private Duration tempLinkValidity;
    private String controlToken;
    private Duration requestParseTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Positions positions = Positions.STRICT;
    private int journalSize = 1000;
    private java.util.function.Consumer<String> console;

    private Builder() {}

    /** Where to listen; 127.0.0.1 by default (beyond loopback the control API requires its token). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /** The v2-style base path ({@code /v2} by default). */
    public Builder basePath(String path) {
      this.basePath = normalise(path);
      return this;
    }

    /** The v1 base path ({@code /wp-json/awp/v1} by default); null turns it off. */
    public Builder v1BasePath(String path) {
      this.v1BasePath = path == null || path.isBlank() ? null : normalise(path);
      return this;
    }

    /** How long STARTING lasts (the model's timer moves). */
    public Builder startingDuration(Duration d) {
      this.startingDuration = positive(d, "startingDuration");
      return this;
    }

    /** How often the QR changes while SCAN_QR_CODE (default: the middle of the model's range). */
    public Builder qrRotation(Duration d) {
      this.qrRotation = positive(d, "qrRotation");
      return this;
    }

    /** A simulated person scans the QR this long after SCAN_QR_CODE begins; null (default): nobody. */
    public Builder autoScanAfter(Duration d) {
      this.autoScanAfter = d == null ? null : positive(d, "autoScanAfter");
      return this;
    }

    /** Requests per second per token; 0 (default) turns rate limiting off. */
    public Builder rateLimit(double perSecond) {
      if (perSecond < 0) {
        throw new IllegalArgumentException("rateLimit must be >= 0");
      }
      this.ratePerSecond = perSecond;
      return this;
    }

    /** The default instance quota per account; null (default): none. */
    public Builder instanceQuota(Integer quota) {
      if (quota != null && quota < 0) {
        throw new IllegalArgumentException("instanceQuota must be >= 0");
      }
      this.instanceQuota = quota;
      return this;
    }

    /** Runs another lifecycle model instead of the spec's (conformance checks feed mutated ones). */
    public Builder lifecycle(LifecycleModel model) {
      this.lifecycle = model;
      return this;
    }

    /** Reads the lifecycle model from a YAML/JSON file holding an x-wawp-lifecycle tree. */
    public Builder lifecycleFile(Path file) {
      this.lifecycle = ConfigFiles.lifecycle(file);
      return this;
    }

    /** The accounts (default: the demo accounts). */
    public Builder accounts(List<MockAccount> list) {
      this.accounts = list == null ? null : list.stream()
          .map(a -> new Account(a.id(), a.token(), a.plan(), a.instanceQuota(), a.displayName(), a.email())).toList();
      return this;
    }

    /** Reads the accounts from a JSON file. */
    public Builder accountsFile(Path file) {
      this.accounts = ConfigFiles.accounts(file);
      return this;
    }

    /** Keeps accounts and sessions in this file across restarts. */
    public Builder stateFile(Path file) {
      this.stateFile = file;
      return this;
    }

    /**
     * Which side to take where the docs are silent or contradict themselves: the spec's positions
     * ({@link Positions#STRICT}, the default) or the other defensible side ({@link Positions#LENIENT}).
     */
    public Builder positions(Positions positions) {
      this.positions = Objects.requireNonNull(positions);
      return this;
    }

    /** How many answered requests the journal keeps (1000 by default; 0: none). */
    public Builder journalSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("journalSize must be >= 0");
      }
      this.journalSize = size;
      return this;
    }

    /** Where to print a line per answered request (secrets masked), or null (default): nowhere. */
    public Builder console(java.util.function.Consumer<String> console) {
      this.console = console;
      return this;
    }

    /** The wall clock (temporary-link expiry, event timestamps). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** The first retry delay of a webhook whose config names none (doubles on each retry). */
    public Builder webhookRetryDelay(Duration d) {
      this.webhookRetryDelay = positive(d, "webhookRetryDelay");
      return this;
    }

    /** The largest request body accepted (413 above). */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * How long a temporary link is valid; by default the spec's documented lifetime
     * ({@code temp-link-lifetime}: 30 minutes), read from the spec at start, never a copy.
     */
    public Builder tempLinkValidity(Duration d) {
      this.tempLinkValidity = positive(d, "tempLinkValidity");
      return this;
    }

    /**
     * The token every control call must carry as {@code Authorization: Bearer}; null (default):
     * none on a loopback bind, a generated one beyond loopback.
     */
    public Builder controlToken(String token) {
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("the control token must not be blank");
      }
      this.controlToken = token;
      return this;
    }

    /** How long a request's line and headers may take to arrive before the connection is closed (10 s by default). */
    public Builder requestParseTimeout(Duration d) {
      this.requestParseTimeout = positive(d, "requestParseTimeout");
      return this;
    }

    /** How long a connection may stay open without a request before it is closed (60 s by default). */
    public Builder idleTimeout(Duration d) {
      this.idleTimeout = positive(d, "idleTimeout");
      return this;
    }

    public WawpMock build() {
      return new WawpMock(new MockSettings(host, port, basePath, v1BasePath, startingDuration, qrRotation,
          autoScanAfter, ratePerSecond, instanceQuota, lifecycle, accounts, stateFile, clock, webhookRetryDelay,
          maxBodyBytes, tempLinkValidity, controlToken, requestParseTimeout, idleTimeout, positions, journalSize,
          console));
    }

    /** Builds and starts. */
    public WawpMock start() {
      return build().start();
    }

    private static String normalise(String path) {
      String p = Objects.requireNonNull(path).trim();
      if (!p.startsWith("/")) {
        p = "/" + p;
      }
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      if (p.startsWith(ControlHandler.PREFIX)) {
        throw new IllegalArgumentException("the base path may not start with " + ControlHandler.PREFIX);
      }
      return p;
    }

    private static Duration positive(Duration d, String what) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
