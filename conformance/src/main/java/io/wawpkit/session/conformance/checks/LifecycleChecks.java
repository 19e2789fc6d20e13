package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.ConnectionLost;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.OutOfTime;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The lifecycle transitions of the spec's model, each checked from every status it can be reached
 * in on this target: what each action answers and leads to, what it does to the saved login (seen
 * at the next boot), what each status carries, and that a deleted instance is gone everywhere.
 * Every expectation comes from {@code x-wawp-lifecycle}; nothing here names a transition.
 */
public final class LifecycleChecks implements CheckGroup {
  static final String GROUP = "lifecycle";

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    Set<Move.Trigger> triggers = triggers(ctx);
    LifecycleGraph graph = new LifecycleGraph(ctx.model(), triggers, ctx.initialStatus());
    Set<Node> reachable = graph.reachable();
    List<Case> cases = new ArrayList<>();
    for (Node node : reachable) {
      if (graph.isTerminal(node)) {
        continue;
      }
      for (String action : ctx.model().actions()) {
        cases.add(new Case(node, action));
      }
    }
    Set<String> done = ConcurrentHashMap.newKeySet();
    skipUnreachable(ctx, graph, reachable, done);
    ctx.results().progress("lifecycle: " + cases.size() + " transitions from " + (reachable.size() - 1)
        + " reachable states (" + triggers + " moves available)");
    walk(ctx, graph, cases, done, Recorder.asIs(ctx.results()));
  }

  /**
   * Walks the cases: four walkers at once on a target on this machine, one elsewhere (within a
   * session budget), each recording through {@code record} and sharing {@code done}.
   */
  static void walk(Context ctx, LifecycleGraph graph, List<Case> cases, Set<String> done, Recorder record) {
    int walkers = ctx.target().local() ? 4 : 1;
    int sessionBudget = ctx.target().local() ? Integer.MAX_VALUE : remoteSessionBudget(graph, cases);
    List<List<Case>> shares = new ArrayList<>();
    for (int i = 0; i < walkers; i++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 0; i < cases.size(); i++) {
      shares.get(i % walkers).add(cases.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(walkers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<Case> share : shares) {
        running.add(pool.submit(() -> new Walker(ctx, graph, done, sessionBudget, record).walk(share)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ConnectionLost lost) {
        throw lost;
      }
      if (e.getCause() instanceof OutOfTime out) {
        throw out; // the other walkers stop at their next request
      }
      throw new IllegalStateException("lifecycle checks stopped: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("lifecycle checks interrupted", e);
    } finally {
      pool.shutdownNow();
      awaitWalkers(pool);
    }
  }

  /**
   * Lets the other walkers end before the run goes on (they stop at their next request or pause
   * once one stopped the run), so that none creates a session after the cleanup; bounded by the
   * longest a request in flight can take.
   */
  private static void awaitWalkers(ExecutorService pool) {
    try {
      pool.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * How many sessions one walker may create on a remote target: every delete it checks uses one up,
   * one more walks the other cases, and one spare replaces a session that departed from the model.
   * The walker deletes each before it creates the next, so the account holds one at a time.
   */
  static int remoteSessionBudget(LifecycleGraph graph, List<Case> cases) {
    return (int) cases.stream().filter(c -> graph.isTerminal(graph.action(c.from(), c.action()).to())).count() + 2;
  }

  /** Statuses the model has that this target cannot be brought to, said once each. */
  private static void skipUnreachable(Context ctx, LifecycleGraph graph, Set<Node> reachable, Set<String> done) {
    for (String status : ctx.model().states()) {
      if (reachable.stream().noneMatch(n -> n.status().equals(status))) {
        String why = ctx.target().awaitScan() == null && ctx.control().isEmpty()
            ? "needs a person to scan the QR (--await-scan) or the service to fail a session (only this project's mock can be told to)"
            : "only the service can bring a session there (this project's mock does it through its control API)";
        for (String action : ctx.model().actions()) {
          ctx.results().skip(cell(ctx, action, status), GROUP, action, action + " from " + status, status + " is not reachable on this target: " + why);
        }
      }
    }
  }

  /** The moves the suite can bring about on this target: the timer's always, a person's and the service's when it can. */
  static Set<Move.Trigger> triggers(Context ctx) {
    Set<Move.Trigger> triggers = EnumSet.of(Move.Trigger.TIMER);
    if (ctx.control().isPresent()) {
      triggers.add(Move.Trigger.PERSON);
      triggers.add(Move.Trigger.SERVICE);
    } else if (ctx.target().awaitScan() != null) {
      triggers.add(Move.Trigger.PERSON);
    }
    return triggers;
  }

  /** A transition to check: an action from a node. */
  record Case(Node from, String action) {
    String label() {
      return action + " from " + from;
    }
  }

  /** The operations that perform an action (POST and GET forms) on this target's version, to alternate between them. */
  static List<SpecOperation> operations(Context ctx, String action) {
    return ctx.operations().stream().filter(o -> o.action().equals(action)).toList();
  }

  /** The mark of a lifecycle cell: where an action leads from a status. */
  static Evidence cell(Context ctx, String action, String from) {
    return ctx.marks().transition(action, from)
        .orElseThrow(() -> new IllegalStateException("no mark for " + action + " from " + from));
  }

  /**
   * Waits for the timer move a new session (no saved login) makes from a status, such as the boot
   * after start or after v1's create, for a group that needs it done. The wait is shared with every
   * group: once a wait for the move timed out, this reads info once instead of waiting again; when
   * this wait times out first, it fails the move's check in the group and blocks the move.
   *
   * @return the last answer of info
   */
  static Answer awaitTimerMove(Context ctx, String group, String instanceId, String from) {
    Optional<Move> move = ctx.model().pendingMove(from, false, Move.Trigger.TIMER);
    Node node = new Node(from, false);
    if (move.isEmpty()) {
      return ctx.api().call("getSessionInfo").instance(instanceId).send();
    }
    Move m = move.get();
    String key = Context.move(m.name(), node.toString());
    if (ctx.blockedBy(key).isPresent()) {
      return ctx.api().call("getSessionInfo").instance(instanceId).send();
    }
    Answer info = ctx.awaitInfo(instanceId, m.name() + " (" + m.trigger().name().toLowerCase(java.util.Locale.ROOT) + ") from " + node,
        m.to(), s -> !s.equals(from), ctx.transitionTimeout());
    String label = "move '" + m.name() + "' from " + node + " leads to " + m.to();
    if (info.status() == 200 && from.equals(info.text("status")) && ctx.block(key, group + " / getSessionInfo: " + label)) {
      ctx.results().depart(ctx.marks().move(m.name()).orElseThrow(), group, "getSessionInfo", label,
          m.to() + " within " + ctx.transitionTimeout(), "status " + from, info.exchange());
    }
    return info;
  }

  /**
   * Reads info and records what the status carries, both ways (once per status and field): each
   * field the model says it carries is there, non-null; each field only other statuses carry is
   * null or absent, graded by that field's mark ({@code absentElsewhere}: documented for qr, a
   * position for me). A status the model does not know is left alone: it may carry anything.
   */
  static void checkCarries(Context ctx, Recorder record, Answer info, Set<String> done) {
    String status = info.text("status");
    if (info.status() != 200 || status == null) {
      return;
    }
    Set<String> carried = ctx.model().carries(status);
    for (String field : carried) {
      if (done.add("carries " + status + " " + field)) {
        boolean present = info.json().hasNonNull(field);
        record.check(present, ctx.marks().carries(status).orElseThrow(), GROUP, "getSessionInfo", "info carries '" + field + "' in " + status,
            "a non-null '" + field + "' (x-wawp-lifecycle.carries)", present ? "present" : "missing or null", info.exchange());
      }
    }
    if (!ctx.model().isKnownStatus(status)) {
      return;
    }
    for (String field : ctx.model().carriedFields()) {
      if (carried.contains(field) || !done.add("carries no " + status + " " + field)) {
        continue;
      }
      boolean absent = !info.json().hasNonNull(field);
      List<String> carriers = ctx.model().states().stream().filter(s -> ctx.model().carries(s).contains(field)).toList();
      Evidence mark = ctx.marks().absentElsewhere(field).orElseGet(() -> ctx.marks().carries(status).orElseThrow());
      String value = absent ? "" : info.json().get(field).toString();
      record.check(absent, mark, GROUP, "getSessionInfo", "info does not carry '" + field + "' in " + status,
          "'" + field + "' null or absent: only " + String.join(", ", carriers) + " carries it (x-wawp-lifecycle.carries)",
          absent ? "null or absent" : "'" + field + "' is " + (value.length() > 80 ? value.substring(0, 80) + "..." : value),
          info.exchange());
    }
  }
}
