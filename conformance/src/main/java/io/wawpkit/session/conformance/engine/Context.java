package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** What every check group gets: the target, the spec, the HTTP caller, the results, the sessions it made. */
public final class Context {
  private final Target target;
  private final WawpSpec spec;
  private final Api api;
  private final Results results;
  private final MockControl control;
  private final Duration transitionTimeout;
  private final Set<String> created;

  public Context(Target target, WawpSpec spec, Results results, Duration transitionTimeout) {
    this.target = target;
    this.spec = spec;
    this.results = results;
    this.api = new Api(target, spec, results);
    this.control = target.control().map(MockControl::over).orElse(null);
    this.transitionTimeout = transitionTimeout;
    this.created = Collections.synchronizedSet(new LinkedHashSet<>());
  }

  private Context(Context ctx, Api.Creds form) {
    this.target = ctx.target;
    this.spec = ctx.spec;
    this.results = ctx.results;
    this.api = ctx.api.inForm(form);
    this.control = ctx.control;
    this.transitionTimeout = ctx.transitionTimeout;
    this.created = ctx.created;
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
   * Reads info until the predicate holds on the status or the timeout passes; returns the last
   * answer. Says once per run what it waits for (the step and the status, not the instance: every
   * session takes the same steps, and a line per session would bury the rest).
   *
   * @param step the transition waited for, in words that name no instance
   * @param awaited the status (or statuses) it waits for, in words
   */
  public Answer awaitInfo(String instanceId, String step, String awaited, Predicate<String> status, Duration timeout) {
    results.progressOnce("  waiting up to " + inWords(timeout) + " for " + step + " to reach " + awaited);
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = 20;
    while (true) {
      Answer info = api.call("getSessionInfo").instance(instanceId).send();
      String s = info.text("status");
      if (info.status() != 200 || (s != null && status.test(s)) || System.nanoTime() > deadline) {
        return info;
      }
      sleep(pause);
      pause = Math.min(pause * 2, target.local() ? 100 : 2000);
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
