package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.common.ConnectionProblems;
import io.wawpkit.session.conformance.checks.ExploreChecks;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a run is asked to do, as the command line ({@code ConformanceCommand}) and the JUnit entry
 * point ({@code WawpConformance}) take it, and the one place that checks those options and turns
 * them into a run: the same defaults, the same problems in the same words, the same embedded mock,
 * the same target. Each setter is named after its command-line option ({@link #maxTime} is
 * {@code --max-time}); null or blank leaves an option unset, which means its default.
 *
 * <p>In three steps: {@link #check} finds every problem that needs no target (a usage error, thrown
 * as {@link Invalid} and worded with the options' command-line names); {@link Checked#start} starts
 * the embedded mock, or sends one request to the target to see that it answers ({@link Unreachable}
 * when it does not); {@link Started#run} runs the suite. A {@link Started} is closed to stop the
 * embedded mock.
 */
public final class RunOptions {
  private String baseUrl;
  private String accessToken;
  private String otherAccessToken;
  private String instanceId;
  private boolean allowDestructive;
  private Duration awaitScan;
  private String pairingPhone;
  private Profile profile = Profile.ALL;
  private Positions mockPositions = Positions.STRICT;
  private boolean strict;
  private boolean failOnSkip;
  private boolean assumeRemote;
  private Duration transitionTimeout;
  private Duration maxTime;
  private Duration requestTimeout;
  private List<String> include = List.of();
  private List<String> exclude = List.of();
  private Long seed;
  private Integer exploreSteps;
  private Duration exploreTime;

  /** A usage problem: an option's value, or a combination of them, that no run can take. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /** {@code --base-url}: the API's base URL with its version prefix; unset, the embedded mock. */
  public RunOptions baseUrl(String value) {
    this.baseUrl = blankToNull(value);
    return this;
  }

  /** {@code --access-token}: the account's token (required with a base URL). */
  public RunOptions accessToken(String value) {
    this.accessToken = blankToNull(value);
    return this;
  }

  /** {@code --other-access-token}: a second account's token, for the tenancy checks. */
  public RunOptions otherAccessToken(String value) {
    this.otherAccessToken = blankToNull(value);
    return this;
  }

  /** {@code --instance-id}: an existing instance for non-destructive checks. */
  public RunOptions instanceId(String value) {
    this.instanceId = blankToNull(value);
    return this;
  }

  /** {@code --allow-destructive}: may stop, log out, delete or reconfigure instances the suite did not create. */
  public RunOptions allowDestructive(boolean value) {
    this.allowDestructive = value;
    return this;
  }

  /**
   * {@code --pairing-phone}: the WhatsApp number (digits, with the country code) the pairing-code
   * checks may ask a code for on a target without a control API; unset, they send no pairing request there.
   */
  public RunOptions pairingPhone(String value) {
    this.pairingPhone = value == null || value.isBlank() ? null : value.trim();
    return this;
  }

  /** {@code --await-scan}: how long to wait for a person to scan a QR; unset, those steps are skipped. */
  public RunOptions awaitScan(Duration value) {
    this.awaitScan = value;
    return this;
  }

  /** {@code --profile}: which checks (default all). */
  public RunOptions profile(Profile value) {
    this.profile = Objects.requireNonNull(value, "profile");
    return this;
  }

  /** {@code --mock-positions}: the embedded mock's side where the docs are silent (default strict). */
  public RunOptions mockPositions(Positions value) {
    this.mockPositions = Objects.requireNonNull(value, "mockPositions");
    return this;
  }

  /** {@code --strict}: departures from positions fail instead of warning. */
  public RunOptions strict(boolean value) {
    this.strict = value;
    return this;
  }

  /** {@code --fail-on-skip}: a run with whole groups skipped does not pass. */
  public RunOptions failOnSkip(boolean value) {
    this.failOnSkip = value;
    return this;
  }

  /** The command line's hidden {@code --assume-remote}, for tests: a target on this machine taken as remote. */
  public RunOptions assumeRemote(boolean value) {
    this.assumeRemote = value;
    return this;
  }

  /** {@code --transition-timeout}: how long an asynchronous status change may take. */
  public RunOptions transitionTimeout(Duration value) {
    this.transitionTimeout = value;
    return this;
  }

  /** {@code --max-time}: the whole run's time budget. */
  public RunOptions maxTime(Duration value) {
    this.maxTime = value;
    return this;
  }

  /** {@code --request-timeout}: how long one request waits for its answer. */
  public RunOptions requestTimeout(Duration value) {
    this.requestTimeout = value;
    return this;
  }

  /** {@code --include}: check groups and/or operationIds; each entry may list several, comma-separated. */
  public RunOptions include(List<String> names) {
    this.include = names == null ? List.of() : List.copyOf(names.stream().filter(Objects::nonNull).toList());
    return this;
  }

  /** {@code --exclude}: check groups and/or operationIds to leave out. */
  public RunOptions exclude(List<String> names) {
    this.exclude = names == null ? List.of() : List.copyOf(names.stream().filter(Objects::nonNull).toList());
    return this;
  }

  /** {@code --seed}: the exploration's seed; the same seed against the same target explores the same sequences. */
  public RunOptions seed(Long value) {
    this.seed = value;
    return this;
  }

  /** {@code --explore-steps}: the most steps the exploration generates. */
  public RunOptions exploreSteps(Integer value) {
    this.exploreSteps = value;
    return this;
  }

  /** {@code --explore-time}: the most time the exploration spends generating (shrinking comes on top, bounded). */
  public RunOptions exploreTime(Duration value) {
    this.exploreTime = value;
    return this;
  }

  /** Whether a run passes under these options ({@code --fail-on-skip}); see {@link Run#passes}. */
  public boolean passes(Run run) {
    return run.passes(failOnSkip);
  }

  public boolean failOnSkip() {
    return failOnSkip;
  }

  public boolean strict() {
    return strict;
  }

  /** The access tokens given, for masking a message: none is ever printed. */
  public List<String> secrets() {
    return java.util.stream.Stream.of(accessToken, otherAccessToken).filter(Objects::nonNull).toList();
  }

  /** How long the one request before a run and every request of it wait for an answer. */
  public Duration requestTimeoutOrDefault() {
    return requestTimeout != null ? requestTimeout : Suite.Limits.REQUEST_TIMEOUT;
  }

  /**
   * Checks every option that needs no target: the durations, the selection (an unknown name lists
   * the known ones), that the selection leaves a group of the profile to run, and a base URL (http
   * or https, no credentials in it, a token beside it).
   *
   * @throws Invalid naming the option and what is wrong with it
   */
  public Checked check(WawpSpec spec) {
    positive(maxTime, "--max-time");
    positive(requestTimeout, "--request-timeout");
    positive(exploreTime, "--explore-time");
    if (exploreSteps != null && exploreSteps <= 0) {
      throw new Invalid("--explore-steps must be at least 1");
    }
    Selection selection;
    try {
      selection = Selection.of(include, exclude, spec);
    } catch (IllegalArgumentException e) {
      throw new Invalid(e.getMessage());
    }
    List<CheckGroup> groups = selection.groups(profile.groups()).stream()
        .map(g -> g instanceof ExploreChecks e ? new ExploreChecks(configured(e.settings())) : g).toList();
    if (groups.isEmpty()) {
      throw new Invalid("--include/--exclude leave no check group of profile " + profile.name().toLowerCase(Locale.ROOT)
          + " to run (its groups: " + String.join(", ", profile.groups().stream().map(CheckGroup::name).toList()) + ")");
    }
    URI url = null;
    if (baseUrl != null) {
      url = parseUrl(baseUrl);
      if (accessToken == null) {
        throw new Invalid("--access-token (or WAWP_ACCESS_TOKEN) is required with --base-url");
      }
    }
    return new Checked(spec, selection, groups, url);
  }

  /** The options checked: what runs, against what; {@link #start} gets the target ready. */
  public final class Checked {
    private final WawpSpec spec;
    private final Selection selection;
    private final List<CheckGroup> groups;
    private final URI url;

    private Checked(WawpSpec spec, Selection selection, List<CheckGroup> groups, URI url) {
      this.spec = spec;
      this.selection = selection;
      this.groups = groups;
      this.url = url;
    }

    public Selection selection() {
      return selection;
    }

    public List<CheckGroup> groups() {
      return groups;
    }

    /** Whether the run is against the embedded mock (no base URL). */
    public boolean embedded() {
      return url == null;
    }

    /**
     * Starts the embedded mock on a free 127.0.0.1 port (saying where), or sends one harmless
     * request to the target so that one that does not answer gives one clear message.
     *
     * @param say where the line about the embedded mock goes
     * @throws Unreachable when the target does not answer
     */
    public Started start(Consumer<String> say) {
      WawpMock mock = null;
      Target target;
      if (url == null) {
        mock = WawpMock.builder().host("127.0.0.1").port(0).positions(mockPositions)
            .startingDuration(Duration.ofMillis(300)).qrRotation(Duration.ofSeconds(5)).build().start();
        say.accept("Started the embedded mock at " + mock.baseUrl()
            + (mockPositions == Positions.STRICT ? "" : " (" + mockPositions.name().toLowerCase(Locale.ROOT) + " positions)"));
        target = new Target(URI.create(mock.baseUrl()), mock.token("demo-paid"), mock.token("demo-free"), null,
            URI.create(mock.controlUrl()), true, awaitScan, true);
      } else {
        reachable(url, requestTimeoutOrDefault());
        target = new Target(url, accessToken, otherAccessToken, instanceId, null, allowDestructive, awaitScan,
            Target.isLoopback(url) && !assumeRemote, pairingPhone);
      }
      Duration timeout = transitionTimeout != null ? transitionTimeout
          // A live boot takes seconds; 45 s leaves it room and keeps a boot that never comes within a minute.
          : target.local() ? Duration.ofSeconds(10) : Duration.ofSeconds(45);
      return new Started(spec, selection, groups, mock, target, timeout, new Suite.Limits(maxTime, requestTimeout));
    }
  }

  /** A target ready for a run; closing it stops the embedded mock. */
  public final class Started implements AutoCloseable {
    private final WawpSpec spec;
    private final Selection selection;
    private final List<CheckGroup> groups;
    private final WawpMock mock;
    private final Target target;
    private final Duration transitionTimeout;
    private final Suite.Limits limits;

    private Started(WawpSpec spec, Selection selection, List<CheckGroup> groups, WawpMock mock, Target target,
        Duration transitionTimeout, Suite.Limits limits) {
      this.spec = spec;
      this.selection = selection;
      this.groups = groups;
      this.mock = mock;
      this.target = target;
      this.transitionTimeout = transitionTimeout;
      this.limits = limits;
    }

    public Target target() {
      return target;
    }

    public Suite.Limits limits() {
      return limits;
    }

    /** The embedded mock, while it runs. */
    public Optional<WawpMock> mock() {
      return Optional.ofNullable(mock);
    }

    /** The line before a run: {@code Checking URL with profile all (time budget 1 min; groups lifecycle)}. */
    public String describe() {
      return "Checking " + target.baseUrl() + " with profile " + profile.name().toLowerCase(Locale.ROOT)
          + " (time budget " + Context.inWords(limits.maxTime(target)) + selection.describe().map(d -> "; " + d).orElse("") + ")";
    }

    /**
     * Runs the suite; see {@link Suite#run(Target, Profile, List, Duration, Consumer)} for what
     * stops it (a target gone, a token refused).
     */
    public Run run(Consumer<String> progress) {
      return new Suite(spec, strict).limits(limits).run(target, profile, groups, transitionTimeout, progress);
    }

    @Override
    public void close() {
      if (mock != null) {
        mock.close();
      }
    }
  }

  /** The exploration's budgets with the options given: the seed, steps and time. */
  private ExploreChecks.Settings configured(ExploreChecks.Settings defaults) {
    ExploreChecks.Settings s = defaults.with(exploreSteps, exploreTime);
    return seed == null ? s : new ExploreChecks.Settings(seed, s.steps(), s.time(), s.shrinkTime(), s.replayRequests(), s.maxLength());
  }

  private static URI parseUrl(String value) {
    URI url;
    try {
      url = URI.create(value.replaceAll("/+$", ""));
    } catch (IllegalArgumentException e) {
      throw new Invalid("--base-url is not an http(s) URL: " + value);
    }
    if (url.getScheme() == null || url.getHost() == null
        || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
      throw new Invalid("--base-url is not an http(s) URL: " + value);
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null) {
      // Reports print the base URL: credentials belong in --access-token, never in the URL.
      throw new Invalid("--base-url must carry no user, password or query (give the token with --access-token)");
    }
    return url;
  }

  private static void positive(Duration value, String option) {
    if (value != null && (value.isZero() || value.isNegative())) {
      throw new Invalid(option + " must be longer than 0");
    }
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
}
