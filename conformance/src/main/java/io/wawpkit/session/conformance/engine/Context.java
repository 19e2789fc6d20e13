package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** What every check group gets: the target, the spec, the HTTP caller, the results, the sessions it made. */
public final class Context {
  /** The instance the token check reads info of when none is given: a well-formed id no account has. */
  private static final String NO_SUCH_INSTANCE = "ZZZZconformance0";
  /** The first pause between two reads of info while waiting: short on this machine, a quarter second remote. */
  private static final long FIRST_PAUSE_LOCAL = 20;
  private static final long FIRST_PAUSE_REMOTE = 250;
  /** The longest pause: on a remote target, one read every 2 s once a wait has gone on for a while. */
  private static final long LONGEST_PAUSE_LOCAL = 500;
  private static final long LONGEST_PAUSE_REMOTE = 2000;

  private final Target target;
  private final WawpSpec spec;
  private final Api api;
  private final Results results;
  private final MockControl control;
  private final Duration transitionTimeout;
  private final Budget budget;
  private final Set<String> created;
  private final Map<String, String> blocked;

  public Context(Target target, WawpSpec spec, Results results, Duration transitionTimeout) {
    this(target, spec, results, transitionTimeout, null, Suite.Limits.REQUEST_TIMEOUT);
  }

  /**
   * @param budget the run's time budget (null: none)
   * @param requestTimeout how long a request waits for its answer
   */
  public Context(Target target, WawpSpec spec, Results results, Duration transitionTimeout, Budget budget,
      Duration requestTimeout) {
    this.target = target;
    this.spec = spec;
    this.results = results;
    this.budget = budget;
    this.api = new Api(target, spec, results, budget, requestTimeout);
    this.control = target.control().map(MockControl::over).orElse(null);
    this.transitionTimeout = transitionTimeout;
    this.created = Collections.synchronizedSet(new LinkedHashSet<>());
    this.blocked = new ConcurrentHashMap<>();
  }

  private Context(Context ctx, Api.Creds form) {
    this.target = ctx.target;
    this.spec = ctx.spec;
    this.results = ctx.results;
    this.api = ctx.api.inForm(form);
    this.control = ctx.control;
    this.transitionTimeout = ctx.transitionTimeout;
    this.created = ctx.created;
    this.budget = ctx.budget;
    this.blocked = ctx.blocked;
  }

  /**
   * This context with every request in another credential form (the header form: {@code
   * Authorization: Bearer} and {@code X-Instance-ID}) unless a call says otherwise; the sessions it
   * creates are the run's, cleaned up with the others.
   */
  public Context inForm(Api.Creds form) {
    return form == api.form() ? this : new Context(this, form);
  }

  public Target target() {
    return target;
  }

  public WawpSpec spec() {
    return spec;
  }

  /** The spec's marks of evidence: every check cites the one it rests on. */
  public EvidenceMarks marks() {
    return spec.evidence();
  }

  /** The mark of an operation as this target's API version serves it. */
  public Evidence operationMark(String operationId) {
    SpecOperation op = spec.operation(operationId).orElseThrow();
    return marks().operation(op, target.apiVersion())
        .orElseThrow(() -> new IllegalStateException(operationId + " has no mark for " + target.apiVersion()));
  }

  /** A named cross-cutting rule's mark ({@code x-wawp-rules}). */
  public Evidence rule(String name) {
    return marks().rule(name);
  }

  public LifecycleModel model() {
    return spec.lifecycle();
  }

  public Api api() {
    return api;
  }

  public Results results() {
    return results;
  }

  /**
   * The mock's control API (over HTTP: the only door the suite has into the mock), when the target
   * is this project's mock; for what only a person or the service could do (scan a QR, fail a session).
   */
  public Optional<MockControl> control() {
    return Optional.ofNullable(control);
  }

  /** A move the control API did not apply stops the check group: the suite cannot go on from there. */
  public static void applied(MockControl.MoveResult result, String what) {
    if (result != MockControl.MoveResult.APPLIED) {
      throw new IllegalStateException("the mock's control API did not apply " + what + ": " + result);
    }
  }

  /** Whether the run's time budget is spent (the checks left are skipped, not failed). */
  public boolean outOfTime() {
    return budget != null && budget.spent();
  }

  /**
   * Waits for a person (a QR scan, {@code --await-scan}): that time does not count against the
   * run's time budget.
   */
  public <T> T waitingForAPerson(Supplier<T> waiting) {
    return budget == null ? waiting.get() : budget.excluding(waiting);
  }

  /**
   * The key of an asynchronous move of the model from where a session is (its status and whether a
   * login is saved, in words), for {@link #block} and {@link #blockedBy}: every check group that
   * waits for the same move shares it.
   */
  public static String move(String moveName, String from) {
    return moveName + " from " + from;
  }

  /**
   * Records that a wait for a move timed out: the checks that need the move are skipped as blocked
   * from now on, naming the failure, and no one waits for it again.
   *
   * @param failure the failed check, in words (its group and name)
   * @return whether this was the first failure recorded for the move (the one the others name)
   */
  public boolean block(String move, String failure) {
    return blocked.putIfAbsent(move, failure) == null;
  }

  /** The failure that showed the move does not happen on this target, if one did. */
  public Optional<String> blockedBy(String move) {
    return Optional.ofNullable(blocked.get(move));
  }

  /** How a check that needs a blocked move says why it is skipped. */
  public static String blockedReason(String failure) {
    return "blocked by the failure of " + failure;
  }

  /** How long an asynchronous move may take before the suite gives up on it. */
  public Duration transitionTimeout() {
    return transitionTimeout;
  }

  /** The operations the target's API version serves ({@code x-wawp-api-versions}), in the spec's order. */
  public List<SpecOperation> operations() {
    return spec.operations().stream().filter(o -> o.apiVersions().contains(target.apiVersion())).toList();
  }

  /** Whether the target's API version serves an operation. */
  public boolean serves(String operationId) {
    return spec.operation(operationId).map(o -> o.apiVersions().contains(target.apiVersion())).orElse(false);
  }

  /** The create this target's version serves: v2's createSession, or v1's documented createSessionV1. */
  public SpecOperation createOperation() {
    return spec.createOperation(target.apiVersion());
  }

  /** The status a session is in right after this target's create (x-wawp-lifecycle.actions.create). */
  public String initialStatus() {
    return spec.lifecycle().initialAfter(createOperation().operationId());
  }

  /**
   * Creates a session the suite owns (deleted at the end).
   *
   * @return its instance id, or empty when create did not answer one (recorded as a failure by the caller)
   */
  public Optional<String> createSession(Answer[] answerOut) {
    Answer a = api.call(createOperation().operationId()).send();
    if (a.status() == 401) {
      throw refused("the access token");
    }
    if (answerOut != null) {
      answerOut[0] = a;
    }
    String id = createdId(a);
    if (id != null) {
      created.add(id);
    }
    return Optional.ofNullable(id);
  }

  /**
   * The id a create answered, read where the spec's links say it is (/instance_id on v2,
   * /config/metadata/instance_id on v1), or null.
   */
  public String createdId(Answer a) {
    if (a.status() != 200) {
      return null;
    }
    var node = a.json().at(spec.instanceIdPointer(createOperation()));
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  /** Forget a session the suite deleted itself. */
  public void deleted(String instanceId) {
    created.remove(instanceId);
  }

  /** Owns an instance that a request made although it should not have (deleted at the end). */
  public void adopt(Answer answer) {
    String id = createdId(answer);
    if (id != null) {
      created.add(id);
    }
  }

  /**
   * Tries the tokens the suite was given on a harmless read (info of the given instance, or of one
   * that does not exist): a token the target refuses with 401 stops the run at once, rather than
   * every check blaming the API for it.
   *
   * @throws TokenRefused naming which token (never its value) and the target
   */
  public void checkTokens() {
    checkToken(target.accessToken(), "the access token");
    target.other().ifPresent(other -> checkToken(other, "the other account's access token"));
  }

  private void checkToken(String token, String which) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("access_token", token);
    query.put("instance_id", target.instanceId() != null ? target.instanceId() : NO_SUCH_INSTANCE);
    if (api.status(spec.operation("getSessionInfo").orElseThrow().path(), query) == 401) {
      throw refused(which);
    }
  }

  private TokenRefused refused(String which) {
    return new TokenRefused(which + " was refused by " + target.baseUrl());
  }

  /**
   * How long to pause before the next read of a wait that has gone on for {@code waitedMillis}: a
   * quarter of the time waited so far, within the bounds for where the target is. Quick moves are
   * seen quickly, and a move that does not come costs few requests: never more than 4 a second
   * against a remote target (a pause of at least 250 ms), and 2 s apart after 8 s.
   */
  static long pause(long waitedMillis, boolean local) {
    long first = local ? FIRST_PAUSE_LOCAL : FIRST_PAUSE_REMOTE;
    long longest = local ? LONGEST_PAUSE_LOCAL : LONGEST_PAUSE_REMOTE;
    return Math.max(first, Math.min(longest, waitedMillis / 4));
  }

  /**
   * Reads info until the predicate holds on the status or the timeout passes; returns the last
   * answer. The pauses between reads grow with the time waited ({@link #pause}). Says once per run
   * what it waits for (the step and the status, not the instance: every session takes the same
   * steps, and a line per session would bury the rest).
   *
   * @param step the transition waited for, in words that name no instance
   * @param awaited the status (or statuses) it waits for, in words
   * @throws OutOfTime when the run's time budget runs out while it waits
   */
  public Answer awaitInfo(String instanceId, String step, String awaited, Predicate<String> status, Duration timeout) {
    return awaitInfo(instanceId, step, awaited, status, timeout, () -> { });
  }

  /**
   * As {@link #awaitInfo(String, String, String, Predicate, Duration)}, doing {@code eachRead} before
   * each read of info (for a wait for a person: showing the QR anew when it rotated).
   */
  public Answer awaitInfo(String instanceId, String step, String awaited, Predicate<String> status, Duration timeout,
      Runnable eachRead) {
    results.progressOnce("  waiting up to " + inWords(timeout) + " for " + step + " to reach " + awaited);
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (true) {
      eachRead.run();
      Answer info = api.call("getSessionInfo").instance(instanceId).send();
      String s = info.text("status");
      long now = System.nanoTime();
      if (info.status() != 200 || (s != null && status.test(s)) || now > deadline) {
        return info;
      }
      long pause = pause(Duration.ofNanos(now - start).toMillis(), target.local());
      sleep(Math.max(1, Math.min(pause, Duration.ofNanos(deadline - now).toMillis() + 1)));
    }
  }

  /** Deletes every session the suite created and still owns; a delete that fails is reported. */
  public void cleanUp() {
    for (String id : Set.copyOf(created)) {
      Answer a = api.call("deleteSession").instance(id).send();
      created.remove(id);
      if (a.status() != 200 && a.status() != 404) {
        results.depart(operationMark("deleteSession"), "cleanup", "deleteSession", "the suite deletes the sessions it created",
            "200", "HTTP " + a.status() + ": instance " + id + " may be left on the target", a.exchange());
      }
    }
  }

  /** The error code the spec's example of a shared response carries (such as NotFound's invalid_instance). */
  public String documentedCode(String responseName) {
    return spec.errorExample(responseName).code();
  }

  /** A duration as people write it: 10 s, 2 min, 500 ms. */
  public static String inWords(Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + " ms";
    }
    return d.toSeconds() % 60 == 0 && d.toSeconds() > 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
