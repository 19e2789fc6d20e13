package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Suite;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walks sessions through the lifecycle graph to check a share of the transitions: it reaches each
 * case's starting node by the shortest path the model allows, performs the action, checks the
 * answer and the status that follows, then boots the session to see whether the saved login
 * survived as the model says. A session whose behaviour departs from the model is abandoned and a
 * new one created (within the session budget).
 */
final class Walker {
  private static final String GROUP = LifecycleChecks.GROUP;
  private static final AtomicInteger METHOD_TURN = new AtomicInteger();

  private final Context ctx;
  private final LifecycleGraph graph;
  private final Set<String> done;
  private final Recorder results;
  private int sessionsLeft;
  private String session;
  private Node at;
  private final List<String> history = new ArrayList<>();
  /** The last step acted on a transient status that had already moved on by its timer. */
  private boolean raced;
  /**
   * The last move was not taken because its wait timed out (now or in another walker): the session
   * is still where the walk thinks it is, and goes on from there rather than being replaced.
   */
  private boolean stuck;

  /**
   * A walk that records through {@code results}: the walk in another credential form (its context's)
   * records under its own group and names.
   */
  Walker(Context ctx, LifecycleGraph graph, Set<String> done, int sessionBudget, Recorder results) {
    this.ctx = ctx;
    this.graph = graph;
    this.done = done;
    this.results = results;
    this.sessionsLeft = sessionBudget;
  }

  void walk(List<LifecycleChecks.Case> cases) {
    List<LifecycleChecks.Case> todo = new ArrayList<>(cases);
    try {
      walk(todo, cases.size() * 3);
    } finally {
      // Nothing goes unreported: a transition the walk could not check is said to be skipped.
      String why = ctx.outOfTime() ? Suite.OUT_OF_TIME : "not checked: the walk gave up on it (the target departed"
          + " from the model on the way, or its timer moves kept winning the race)";
      todo.forEach(c -> skipOnce(c, why));
    }
  }

  private void walk(List<LifecycleChecks.Case> todo, int maxAttempts) {
    int attempts = 0;
    while (!todo.isEmpty() && attempts++ < maxAttempts) {
      LifecycleChecks.Case next = nearest(todo);
      if (done.contains(next.label())) {
        todo.remove(next);
        continue;
      }
      Optional<String> blocker = blocker(next.from());
      if (blocker.isPresent()) {
        // A move on the way timed out once: no session waits for it again.
        skipOnce(next, Context.blockedReason(blocker.get()));
        todo.remove(next);
        continue;
      }
      if (session == null || path(at, next.from()).isEmpty()) {
        abandon();
        if (!newSession()) {
          todo.forEach(c -> skipOnce(c, blocker(c.from()).map(Context::blockedReason)
              .orElse("the session budget for this target is spent (bounded on a remote target)")));
          todo.clear();
          return;
        }
      }
      Optional<List<Step>> path = path(at, next.from());
      if (path.isEmpty()) {
        skipOnce(next, blocker(next.from()).map(Context::blockedReason).orElse("not reachable from a new session on this target"));
        todo.remove(next);
        continue;
      }
      if (!follow(path.get())) {
        if (!raced && !stuck) {
          abandon();
        }
        continue;
      }
      todo.remove(next);
      Step step = graph.action(at, next.action());
      if (take(step, true)) {
        if (raced) {
          todo.add(next); // the timer move came first: try this case again later
        } else {
          probeLogin(step);
        }
      } else {
        abandon();
      }
    }
  }

  /**
   * Deletes the session the walk is done with before it creates another, so that the account holds
   * one walk session at a time (an instance quota counts those that exist); cleanup reports one
   * that will not go.
   */
  private void abandon() {
    if (session == null) {
      return;
    }
    String ending = ctx.model().actions().stream().filter(x -> graph.isTerminal(graph.action(graph.start(), x).to()))
        .findFirst().orElseThrow();
    Answer a = ctx.api().call(LifecycleChecks.operations(ctx, ending).get(0).operationId()).instance(session).send();
    if (a.status() == 200) {
      ctx.deleted(session);
    }
    session = null;
  }

  private LifecycleChecks.Case nearest(List<LifecycleChecks.Case> todo) {
    LifecycleChecks.Case best = todo.get(0);
    int bestLength = Integer.MAX_VALUE;
    for (LifecycleChecks.Case c : todo) {
      int length = session == null ? 100 : path(at, c.from()).map(List::size).orElse(1000);
      if (length < bestLength) {
        best = c;
        bestLength = length;
      }
    }
    return best;
  }

  /** The shortest path between two nodes that needs no move found stuck on this target. */
  private Optional<List<Step>> path(Node from, Node to) {
    return graph.path(from, to, s -> blockedBy(s).isEmpty());
  }

  /** The failure that showed a move does not happen here (its wait timed out), when the step is such a move. */
  private Optional<String> blockedBy(Step step) {
    return step.isAction() ? Optional.empty() : ctx.blockedBy(key(step));
  }

  /** The key every check group uses for a move of the model from a node ({@link Context#block}). */
  static String key(Step move) {
    return Context.move(move.move().name(), move.from().toString());
  }

  /**
   * When no path from a new session reaches the node without a move found stuck, the failure of
   * the first such move on the shortest path: the one failure that blocks the checks there.
   */
  private Optional<String> blocker(Node to) {
    if (graph.path(graph.start(), to, s -> blockedBy(s).isEmpty()).isPresent()) {
      return Optional.empty();
    }
    return graph.path(graph.start(), to)
        .flatMap(p -> p.stream().map(this::blockedBy).flatMap(Optional::stream).findFirst());
  }

  private boolean newSession() {
    if (sessionsLeft-- <= 0) {
      return false;
    }
    Answer[] created = new Answer[1];
    Optional<String> id = ctx.createSession(created);
    history.clear();
    history.add("create");
    if (id.isEmpty()) {
      results.depart(ctx.marks().create(ctx.createOperation().operationId()), GROUP, ctx.createOperation().operationId(),
          "create answers the new instance_id",
          "200 with the id at " + ctx.spec().instanceIdPointer(ctx.createOperation()),
          "HTTP " + created[0].status(), created[0].exchange());
      session = null;
      return false;
    }
    session = id.get();
    at = graph.start();
    if (done.add("create available")) {
      Answer info = ctx.api().call("getSessionInfo").instance(session).send();
      String now = info.text("status");
      // v1 create starts the session: its boot may have moved it on already
      boolean available = info.status() == 200 && (graph.start().status().equals(now) || movedOnByTimer(graph.start(), now));
      results.check(available, ctx.marks().create(ctx.createOperation().operationId()), GROUP, ctx.createOperation().operationId(),
          "a created session is available at once, " + graph.start().status(),
          "info 200 with status " + graph.start().status(), "HTTP " + info.status() + " status " + now,
          info.exchange());
      if (available && !graph.start().status().equals(now)) {
        at = graph.steps(graph.start()).stream().filter(s -> !s.isAction() && s.to().status().equals(now))
            .map(Step::to).findFirst().orElse(at);
      }
    }
    return true;
  }

  /** Takes the steps of a path; false (after recording why) when the target departs from it. */
  private boolean follow(List<Step> path) {
    stuck = false;
    for (Step s : path) {
      if (!take(s, false) || raced) {
        return false;
      }
    }
    return true;
  }

  /**
   * Takes one step and checks it. An action's result is recorded once per transition; a move's
   * once per move and node.
   */
  private boolean take(Step step, boolean targeted) {
    return step.isAction() ? act(step, targeted) : move(step);
  }

  private boolean act(Step step, boolean targeted) {
    List<SpecOperation> ops = LifecycleChecks.operations(ctx, step.action());
    SpecOperation op = ops.get(Math.floorMod(METHOD_TURN.getAndIncrement(), ops.size()));
    String label = step.action() + " from " + step.from();
    Answer a = ctx.api().call(op.operationId()).instance(session).send();
    history.add(step.action() + "(" + op.method() + ")");
    raced = false;
    Optional<Step> lost = lostRace(step, a);
    if (lost.isPresent()) {
      // Not a departure: the status moved on by its timer before the call arrived (the suite
      // acts on STARTING as fast as it can, but a loaded machine can be slower than the boot).
      raced = true;
      at = lost.get().to();
      return true;
    }
    boolean keepsState = step.to().status().equals(step.from().status());
    boolean record = done.add(label);
    String expected = "HTTP 200 with status " + step.to().status() + " (x-wawp-lifecycle.actions." + step.action() + ")";
    Evidence cell = LifecycleChecks.cell(ctx, step.action(), step.from().status());
    if (a.status() == 200 && a.conforms() && step.to().status().equals(a.text("status"))) {
      if (graph.isTerminal(step.to())) {
        // Every delete, from every state, must really delete: an answer that says so is not enough.
        Answer info = ctx.api().call("getSessionInfo").instance(session).send();
        boolean gone = info.status() == 404;
        if (gone) {
          ctx.deleted(session);
        }
        if (record) {
          results.check(gone, cell, GROUP, op.operationId(), label, expected + ", and info then answers 404",
              gone ? "as expected" : "info then answers HTTP " + info.status() + " status " + info.text("status"),
              gone ? a.exchange() : info.exchange());
        }
        checkGone(a);
        session = null;
        return gone;
      }
      Answer info = ctx.api().call("getSessionInfo").instance(session).send();
      String now = info.text("status");
      boolean agrees = info.status() == 200 && (step.to().status().equals(now) || movedOnByTimer(step.to(), now));
      if (record) {
        results.check(agrees, cell, GROUP, op.operationId(), label, expected + ", and info agrees",
            agrees ? "as expected" : "info then says " + now + " (path: " + String.join(" > ", history) + ")",
            agrees ? a.exchange() : info.exchange());
      }
      LifecycleChecks.checkCarries(ctx, results, info, done);
      if (!agrees) {
        return false;
      }
      at = step.to();
      if (!step.to().status().equals(now)) {
        at = graph.steps(step.to()).stream().filter(s -> !s.isAction() && s.to().status().equals(now))
            .map(Step::to).findFirst().orElse(step.to());
      }
      return true;
    }
    if (keepsState && a.status() >= 400 && a.status() < 500 && a.conforms()) {
      if (record) {
        // Graded by the cell: where the docs are silent (a position) a refusal that keeps the state warns.
        results.depart(cell, GROUP, op.operationId(), label, expected,
            "refused with a spec-shaped " + a.status() + " " + a.errorCode() + " (the state is kept, as the model says)",
            a.exchange());
      }
      return true;
    }
    if (record || targeted) {
      results.depart(cell, GROUP, op.operationId(), label, expected,
          "HTTP " + a.status() + " status " + a.text("status") + (a.conforms() ? "" : " " + a.exchange().contractErrors())
              + " (path: " + String.join(" > ", history) + ")", a.exchange());
    }
    return false;
  }

  /** The step the call really took when a transient status had already moved on by its timer. */
  private Optional<Step> lostRace(Step step, Answer a) {
    if (!graph.isTransient(step.from()) || a.status() != 200 || step.to().status().equals(a.text("status"))) {
      return Optional.empty();
    }
    return graph.steps(step.from()).stream()
        .filter(s -> !s.isAction() && s.move().trigger() == Move.Trigger.TIMER)
        .map(moved -> graph.action(moved.to(), step.action()))
        .filter(actual -> actual.to().status().equals(a.text("status")))
        .findFirst();
  }

  private boolean movedOnByTimer(Node node, String now) {
    return graph.steps(node).stream().anyMatch(s -> !s.isAction()
        && s.move().trigger() == Move.Trigger.TIMER && s.to().status().equals(now));
  }

  private boolean move(Step step) {
    Move m = step.move();
    String label = "move '" + m.name() + "' from " + step.from() + " leads to " + step.to().status();
    stuck = blockedBy(step).isPresent();
    if (stuck) {
      return false; // another walker's wait for it timed out meanwhile: the walk plans around it
    }
    switch (m.trigger()) {
      case PERSON -> {
        if (ctx.control().isPresent()) {
          Context.applied(ctx.control().get().scan(session), "a scan of " + session);
        } else {
          Answer link = ctx.api().call("createTempLink").instance(session).send();
          results.progress("  waiting up to " + Context.inWords(ctx.target().awaitScan()) + " for a person to scan the QR of "
              + session + ": " + link.text("link") + " (or the QR below, shown again when it rotates)");
        }
      }
      // fail keeps the login, unlink drops it
      case SERVICE -> Context.applied(ctx.control().orElseThrow().move(session, m.name()), m.name() + " to " + session);
      case TIMER -> { }
    }
    history.add(m.name());
    Duration wait = m.trigger() == Move.Trigger.PERSON && ctx.control().isEmpty()
        ? ctx.target().awaitScan() : ctx.transitionTimeout();
    Answer info = m.trigger() == Move.Trigger.PERSON && ctx.control().isEmpty()
        ? LoginChecks.awaitAPerson(ctx, session, step.label(), step.to().status(), s -> !s.equals(step.from().status()), wait)
        : ctx.awaitInfo(session, step.label(), step.to().status(), s -> !s.equals(step.from().status()), wait);
    String now = info.text("status");
    boolean ok = step.to().status().equals(now);
    // A wait that timed out is failed once and blocks the checks that need the move: no other
    // session waits for it again (a stuck boot would otherwise cost a full wait per transition).
    boolean timedOut = info.status() == 200 && step.from().status().equals(now);
    boolean first = timedOut && ctx.block(key(step), GROUP + " / getSessionInfo: " + label);
    stuck = timedOut;
    if (done.add(label) || (!ok && (first || !timedOut))) {
      String why = m.trigger() == Move.Trigger.TIMER ? " (the saved login "
          + (step.from().login() ? "should have survived" : "should be gone") + "; path: " + String.join(" > ", history) + ")" : "";
      results.check(ok, ctx.marks().move(m.name()).orElseGet(() -> ctx.marks().qrRotation()), GROUP, "getSessionInfo", label,
          step.to().status() + " within " + wait,
          "status " + now + why, info.exchange());
    }
    LifecycleChecks.checkCarries(ctx, results, info, done);
    if (ok && ctx.model().carries(step.to().status()).contains("me") && done.add("me agrees")) {
      Answer me = ctx.api().call("getSessionMe").instance(session).send();
      String infoMe = info.json().path("me").path("id").asText(null);
      boolean agrees = me.status() == 200 && me.text("id") != null && me.text("id").equals(infoMe);
      results.check(agrees, ctx.rule("me-agrees-with-info"), "consistency", "getSessionMe", "me agrees with info.me while " + step.to().status(),
          "me.id == info.me.id (" + infoMe + ")", "HTTP " + me.status() + " id " + me.text("id"), me.exchange());
    }
    if (ok) {
      at = step.to();
    }
    return ok;
  }

  /**
   * After an action, boots the session until its status tells whether a login is saved (WORKING)
   * or not (SCAN_QR_CODE), and checks that against what the model says the action did to it.
   */
  private void probeLogin(Step step) {
    if (session == null || graph.isTerminal(at)) {
      return;
    }
    String label = step.action() + " from " + step.from() + (step.to().login() ? " keeps a saved login" : " leaves no saved login");
    Evidence cell = LifecycleChecks.cell(ctx, step.action(), step.from().status());
    if (!step.from().login() && !step.to().login()) {
      label = step.action() + " from " + step.from() + " does not log in by itself";
    }
    // A status can look logged out while a login is still saved: only a boot (through STARTING and
    // its timer move) shows what survived.
    boolean booted = false;
    for (int i = 0; i < 4 && !(booted && revealsLogin(at)); i++) {
      Optional<Step> boot = bootStep(at);
      if (boot.isEmpty()) {
        return;
      }
      boolean taken = blockedBy(boot.get()).isEmpty() && take(boot.get(), false);
      Optional<String> blocker = taken ? Optional.empty() : blockedBy(boot.get());
      if (blocker.isPresent()) {
        // The session is where the walk left it (the boot did not move it): it goes on from there.
        if (done.add(label)) {
          results.skip(cell, GROUP, "getSessionInfo", label, Context.blockedReason(blocker.get()));
        }
        return;
      }
      if (!taken) {
        results.depart(cell, GROUP, "getSessionInfo", label, "the next boot shows " + revealing(step.to().login()),
            "the boot after it departed from the model (path: " + String.join(" > ", history) + ")", null);
        abandon();
        return;
      }
      booted |= !boot.get().isAction();
    }
    if (booted && revealsLogin(at)) {
      if (done.add(label)) {
        results.pass(cell, GROUP, "getSessionInfo", label, "the next boot shows " + revealing(step.to().login()), null);
      }
    } else if (session != null && done.add(label)) {
      results.skip(cell, GROUP, "getSessionInfo", label, "no boot on this target shows whether a login is saved");
    }
  }

  /** Whether the status a boot leads to tells if a login is saved: the model's timer moves that depend on it. */
  private boolean revealsLogin(Node node) {
    return ctx.model().moves().stream()
        .anyMatch(m -> m.trigger() == Move.Trigger.TIMER && m.when() != Move.When.ALWAYS && m.to().equals(node.status()));
  }

  /** The status a boot leads to with or without a saved login, per the model. */
  private String revealing(boolean login) {
    return ctx.model().moves().stream()
        .filter(m -> m.trigger() == Move.Trigger.TIMER && m.when() == (login ? Move.When.SAVED_LOGIN : Move.When.NO_SAVED_LOGIN))
        .map(Move::to).findFirst().orElse("?");
  }

  /** The step that brings a session closer to booting: the timer move, or start/restart. */
  private Optional<Step> bootStep(Node node) {
    List<Step> steps = graph.steps(node);
    return steps.stream().filter(s -> !s.isAction() && s.move().trigger() == Move.Trigger.TIMER).findFirst()
        .or(() -> steps.stream().filter(s -> s.isAction() && graph.isTransient(s.to())).findFirst());
  }

  /** After delete: every operation on the instance answers 404 (once per run). */
  private void checkGone(Answer deleted) {
    if (!done.add("gone everywhere")) {
      return;
    }
    String id = session;
    List<String> wrong = new ArrayList<>();
    Answer last = deleted;
    for (SpecOperation op : ctx.operations()) {
      if (!op.needsInstance()) {
        continue;
      }
      // a valid body (the spec's example), so that only the deleted instance can be refused
      Answer a = ctx.api().call(op.operationId()).instance(id).exampleParams().send();
      if (a.status() != 404 || !a.conforms() || !ctx.documentedCode("NotFound").equals(a.errorCode())) {
        wrong.add(op.operationId() + " answered " + a.status() + " " + a.errorCode());
        last = a;
      }
    }
    results.check(wrong.isEmpty(), ctx.marks().terminal(), GROUP, "deleteSession", "after delete the instance is gone: every operation answers 404",
        "404 " + ctx.documentedCode("NotFound") + " from all " + ctx.operations().stream().filter(SpecOperation::needsInstance).count() + " operations",
        wrong.isEmpty() ? "all 404" : String.join("; ", wrong), last.exchange());
  }

  private void skipOnce(LifecycleChecks.Case c, String reason) {
    if (done.add(c.label())) {
      results.skip(LifecycleChecks.cell(ctx, c.action(), c.from().status()), GROUP, c.action(), c.label(), reason);
    }
  }
}
