package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Api;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * One exploration of a target: generates sequences of steps from the spec and the lifecycle model
 * (QuickTheories generates lists of steps), runs each against the target ({@link Explorer} judges
 * every step), and when one departs from the model replays it on fresh sessions: only a sequence
 * that fails again counts. QuickTheories then shrinks the list, each candidate replayed the same
 * way, within the shrinking budget. The last candidate that failed is the smallest; replayed once
 * more, it is the finding.
 */
final class Exploration {
  /** A failing sequence: the run that failed again, its steps, and what it found. */
  record Failure(List<Explorer.Trace> traces, Explorer.Finding finding) {
    int length() {
      return traces.size();
    }
  }

  private final Context ctx;
  private final LifecycleGraph graph;
  private final ExploreChecks.Settings settings;
  private final boolean local;
  private final long deadline;
  private final int requestsAtStart;
  private final AtomicInteger steps = new AtomicInteger();
  private final List<Failure> failures = new ArrayList<>();
  private final List<SpecOperation> actions;
  private final List<SpecOperation> reads;
  private final List<SpecOperation> writes;
  private final List<String> personAndServiceMoves;
  private final List<String[]> wrongMethods;
  private int sequences;
  private int flaky;
  private int firstFoundAfter = -1;
  private int requestsWhenFound = -1;
  private boolean shrinking;
  private long shrinkDeadline;
  private RuntimeException fatal;

  Exploration(Context ctx, ExploreChecks.Settings settings) {
    this.ctx = ctx;
    this.settings = settings;
    this.local = ctx.target().local();
    this.graph = new LifecycleGraph(ctx.model(), LifecycleChecks.triggers(ctx), ctx.initialStatus());
    this.deadline = System.nanoTime() + settings.time().toNanos();
    this.requestsAtStart = ctx.results().requests();
    List<SpecOperation> ops = ctx.operations();
    this.actions = ops.stream().filter(o -> o.needsInstance() && o.changesLifecycle()).toList();
    this.reads = ops.stream().filter(o -> SpecOperation.READ.equals(o.action())).toList();
    this.writes = ops.stream().filter(o -> SpecOperation.SETTINGS.equals(o.action())).toList();
    this.personAndServiceMoves = ctx.control().isEmpty() ? List.of()
        : ctx.model().moves().stream().filter(m -> m.trigger() != Move.Trigger.TIMER).map(Move::name).distinct().toList();
    List<String[]> wrong = new ArrayList<>();
    for (String path : ctx.spec().paths()) {
      if (ops.stream().noneMatch(o -> o.path().equals(path))) {
        continue;
      }
      Set<String> allowed = ctx.spec().allowedMethods(path);
      for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
        if (!allowed.contains(method)) {
          wrong.add(new String[] {method, path});
        }
      }
    }
    this.wrongMethods = wrong;
  }

  /** A delivery the webhook receiver got: its body and signature header. */
  record Delivery(String body, String signature) {}

  private final List<Delivery> deliveries = new java.util.concurrent.CopyOnWriteArrayList<>();
  private com.sun.net.httpserver.HttpServer receiver;

  /** The URL of the suite's webhook receiver (started on first use), or null against a remote target or v1. */
  String hookUrl() {
    if (!local || !ctx.serves("setWebhooks")) {
      return null;
    }
    if (receiver == null) {
      try {
        receiver = com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 16);
      } catch (java.io.IOException e) {
        return null;
      }
      String header = ctx.spec().signing().header();
      receiver.createContext("/hook", ex -> {
        try (ex) {
          deliveries.add(new Delivery(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
              ex.getRequestHeaders().getFirst(header)));
          ex.sendResponseHeaders(200, -1);
        }
      });
      receiver.start();
    }
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  List<Delivery> deliveries() {
    return deliveries;
  }

  void close() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  Context context() {
    return ctx;
  }

  LifecycleGraph graph() {
    return graph;
  }

  boolean local() {
    return local;
  }

  /** One to three sessions at once; two against a remote target (own instances only, at most two at once). */
  int maxSessions() {
    return local ? 3 : 2;
  }

  void stepTaken() {
    steps.incrementAndGet();
  }

  int steps() {
    return steps.get();
  }

  int sequenceCount() {
    return sequences;
  }

  int flaky() {
    return flaky;
  }

  /** The steps taken before the first sequence that failed twice was found (-1: none found). */
  int firstFoundAfter() {
    return firstFoundAfter;
  }

  Optional<RuntimeException> fatal() {
    return Optional.ofNullable(fatal);
  }

  /**
   * The finding: of the failing candidates the property saw, the one with the fewest steps taken
   * (the latest among equals: QuickTheories keeps a candidate only when its draws are smaller and
   * it fails, but smaller draws can make more steps apply), replayed once more; if that replay
   * does not depart, the next one.
   */
  Optional<Failure> smallest() {
    List<Failure> order = new ArrayList<>(failures);
    java.util.Collections.reverse(order);
    order.sort(java.util.Comparator.comparingInt(Failure::length));
    for (Failure f : order) {
      if (fatal != null) {
        break;
      }
      Optional<Failure> again = replay(f.traces().stream().map(Explorer.Trace::step).toList());
      if (again.isPresent()) {
        return again;
      }
    }
    return Optional.empty();
  }

  /** The first one found, before shrinking. */
  Optional<Failure> first() {
    return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(0));
  }

  int requests() {
    return ctx.results().requests() - requestsAtStart;
  }

  /** Whether generation must stop: the step or time budget spent, or the run's own budget. */
  boolean generationSpent() {
    return steps.get() >= settings.steps() || System.nanoTime() > deadline || ctx.outOfTime();
  }

  /** Whether shrinking must stop: its time spent, or against a remote target its request budget. */
  boolean shrinkingSpent() {
    return ctx.outOfTime() || System.nanoTime() > shrinkDeadline || (!local && requestsWhenFound >= 0 && requests() - requestsWhenFound >= settings.replayRequests());
  }

  /** The values one draw of a step picks from (an operation, a move, an undocumented method): few, so that shrinking is quick. */
  private static final int CHOICES = 60;

  /**
   * The sequences QuickTheories generates: lists of one to {@code maxLength} steps. Every step is
   * drawn independently of where the sequence is (a step that does not apply there does nothing),
   * and every step takes the same three draws whatever its kind (its kind, its slot, and one that
   * picks the operation, the credential form and a flag), so that when QuickTheories shrinks
   * a failing list (fewer steps, each draw toward its first value) the other steps replay
   * unchanged. The first value of a step's kind is {@link ExploreStep.Kind#NONE}: a step that
   * shrinks to it is left out of the sequence.
   */
  Gen<List<ExploreStep>> sequences() {
    String create = ctx.createOperation().operationId();
    boolean other = ctx.target().other().isPresent();
    // Each action as often as the others (not each of its methods), delete less: it ends the session.
    List<SpecOperation> lifecycle = new ArrayList<>();
    for (SpecOperation op : actions) {
      long variants = actions.stream().filter(o -> o.action().equals(op.action())).count();
      int weight = (int) Math.max(1, (ctx.model().deletes(op.action()) ? 4 : 12) / variants);
      for (int i = 0; i < weight; i++) {
        lifecycle.add(op);
      }
    }
    // the person's scan leads on to WORKING; the service's failures are rarer
    List<String> moves = new ArrayList<>();
    for (String m : personAndServiceMoves) {
      int weight = ctx.model().move(m).orElseThrow().trigger() == Move.Trigger.PERSON ? 4 : 1;
      for (int i = 0; i < weight; i++) {
        moves.add(m);
      }
    }
    // the kinds by weight; NONE first (what a step shrinks to), rare while generating
    List<ExploreStep.Kind> kinds = new ArrayList<>();
    weigh(kinds, ExploreStep.Kind.NONE, 1);
    weigh(kinds, ExploreStep.Kind.CREATE, 4);
    weigh(kinds, ExploreStep.Kind.ACT, 20);
    weigh(kinds, ExploreStep.Kind.READ, 6);
    weigh(kinds, ExploreStep.Kind.WRITE, 4);
    weigh(kinds, ExploreStep.Kind.BAD_TOKEN, 2);
    weigh(kinds, ExploreStep.Kind.WRONG_METHOD, 2);
    weigh(kinds, ExploreStep.Kind.HOOK, hookUrl() != null ? 2 : 0);
    weigh(kinds, ExploreStep.Kind.FOREIGN, other ? 2 : 0);
    weigh(kinds, ExploreStep.Kind.MOVE, moves.isEmpty() ? 0 : 10);
    Gen<Integer> kind = Generate.range(0, kinds.size() - 1);
    Gen<Integer> slot = Generate.range(0, 10).map(i -> i < 8 ? 0 : i < 10 ? 1 : 2);
    Gen<Integer> choice = Generate.range(0, CHOICES * 10 - 1);
    Gen<ExploreStep> step = kind.zip(slot, choice, (k, sl, x) -> {
      Api.Creds f = x % 2 == 0 ? Api.Creds.QUERY : Api.Creds.HEADERS;
      int fl = (x / 2) % 5;
      int c = x / 10;
      return step(kinds.get(k), sl, c, f, fl, create, other, lifecycle, moves);
    });
    return SourceDSL.lists().of(step).ofSizeBetween(1, settings.maxLength());
  }

  private ExploreStep step(ExploreStep.Kind kind, int sl, int c, Api.Creds f, int fl, String create, boolean other,
      List<SpecOperation> lifecycle, List<String> moves) {
    return switch (kind) {
      case NONE -> new ExploreStep(ExploreStep.Kind.NONE, sl, null, f, false, null);
      case CREATE -> new ExploreStep(ExploreStep.Kind.CREATE, sl, create, f, other && fl == 4, null);
      case ACT -> new ExploreStep(ExploreStep.Kind.ACT, sl, lifecycle.get(c % lifecycle.size()).operationId(), f, false, null);
      case READ -> new ExploreStep(ExploreStep.Kind.READ, sl, reads.get(c % reads.size()).operationId(), f, false, null);
      case WRITE -> {
        SpecOperation op = writes.get(c % writes.size());
        yield new ExploreStep(ExploreStep.Kind.WRITE, sl, op.operationId(), f, false,
            "setRateLimit".equals(op.operationId()) ? (fl % 2 == 0 ? "strict" : "standard_policy") : null);
      }
      case BAD_TOKEN -> new ExploreStep(ExploreStep.Kind.BAD_TOKEN, sl, "getSessionInfo", f, false, null);
      case WRONG_METHOD -> {
        String[] mp = wrongMethods.get(c % wrongMethods.size());
        yield new ExploreStep(ExploreStep.Kind.WRONG_METHOD, 0, mp[1], f, false, mp[0]);
      }
      case HOOK -> new ExploreStep(ExploreStep.Kind.HOOK, sl, "setWebhooks", f, false, null);
      case FOREIGN -> new ExploreStep(ExploreStep.Kind.FOREIGN, sl, "getSessionInfo", f, false, null);
      case MOVE -> new ExploreStep(ExploreStep.Kind.MOVE, sl, null, Api.Creds.QUERY, false, moves.get(c % moves.size()));
    };
  }

  private static void weigh(List<ExploreStep.Kind> kinds, ExploreStep.Kind kind, int weight) {
    for (int i = 0; i < weight; i++) {
      kinds.add(kind);
    }
  }

  /**
   * The property QuickTheories checks: one sequence (generated, or a shrinking candidate) conforms
   * to the model. A departure is replayed on fresh sessions: the sequence fails (false) only when
   * the replay departs again. Once the budget is spent every sequence passes: generation ends
   * there, and so does shrinking (a candidate not tried keeps the last failing one).
   */
  boolean passes(List<ExploreStep> sequence) {
    if (fatal != null || (shrinking ? shrinkingSpent() : generationSpent())) {
      return true;
    }
    sequences++;
    List<ExploreStep> taken = run(sequence);
    if (taken == null) {
      return true;
    }
    Optional<Failure> again = replay(taken);
    if (again.isEmpty()) {
      if (fatal == null) {
        flaky++;
      }
      return true;
    }
    if (!shrinking) {
      shrinking = true;
      firstFoundAfter = steps.get();
      requestsWhenFound = requests();
      shrinkDeadline = System.nanoTime() + settings.shrinkTime().toNanos();
    }
    failures.add(again.get());
    return false;
  }

  /** Runs a sequence: the steps that applied when it departed from the model, or null when it did not (or the run stopped). */
  private List<ExploreStep> run(List<ExploreStep> sequence) {
    deliveries.clear();
    Explorer e = new Explorer(this);
    try {
      for (ExploreStep s : sequence) {
        e.take(s);
      }
      return null;
    } catch (Explorer.Departure d) {
      return e.steps();
    } catch (RuntimeException x) {
      fatal = x;
      return null;
    } finally {
      e.close();
    }
  }

  /** Replays the steps on fresh sessions: the failure when they depart again. */
  Optional<Failure> replay(List<ExploreStep> taken) {
    deliveries.clear();
    Explorer again = new Explorer(this);
    try {
      for (ExploreStep s : taken) {
        again.take(s);
      }
      return Optional.empty();
    } catch (Explorer.Departure d) {
      return Optional.of(new Failure(again.traces(), d.finding));
    } catch (RuntimeException x) {
      fatal = x;
      return Optional.empty();
    } finally {
      again.close();
    }
  }

}
