package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Api;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * One exploration of a target: generates sequences of steps from the spec and the lifecycle model
 * (jqwik's action chains), runs each against the target ({@link Explorer} judges every step), and
 * when one departs from the model replays it on fresh sessions: only a sequence that fails again
 * counts. jqwik then shrinks it, each candidate replayed the same way, within the replay budget.
 * The shortest sequence that failed twice is the finding.
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

  /** The shortest sequence that failed, and failed again on replay. */
  Optional<Failure> shortest() {
    return failures.stream().min(Comparator.comparingInt(Failure::length));
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

  /** Whether shrinking must stop: remote targets replay within a request budget. */
  boolean shrinkingSpent() {
    return ctx.outOfTime() || (!local && requestsWhenFound >= 0 && requests() - requestsWhenFound >= settings.replayRequests());
  }

  /**
   * The sequences jqwik generates. Every step is drawn independently of where the sequence is (a
   * step that does not apply there does nothing), so that jqwik can take any step out of a failing
   * sequence while shrinking and replay the rest unchanged.
   */
  Arbitrary<ActionChain<Explorer>> sequences() {
    Arbitrary<Api.Creds> forms = Arbitraries.of(Api.Creds.QUERY, Api.Creds.HEADERS);
    Arbitrary<Integer> slots = Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(2, 1), Tuple.of(1, 2));
    String create = ctx.createOperation().operationId();
    boolean other = ctx.target().other().isPresent();
    Arbitrary<Boolean> accounts = other ? Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)) : Arbitraries.just(false);
    // Each action as often as the others (not each of its methods), delete less: it ends the session.
    List<Tuple.Tuple2<Integer, SpecOperation>> weighted = new ArrayList<>();
    for (SpecOperation op : actions) {
      long variants = actions.stream().filter(o -> o.action().equals(op.action())).count();
      int weight = (int) Math.max(1, (ctx.model().deletes(op.action()) ? 4 : 12) / variants);
      weighted.add(Tuple.of(weight, op));
    }
    Arbitrary<SpecOperation> lifecycle = Arbitraries.frequency(weighted.toArray(Tuple.Tuple2[]::new));
    var chain = ActionChain.<Explorer>startWith(this::newSequence)
        .withAction(2, independent(Combinators.combine(slots, forms, accounts)
            .as((slot, form, second) -> new ExploreStep(ExploreStep.Kind.CREATE, slot, create, form, second, null))))
        .withAction(10, independent(Combinators.combine(slots, lifecycle, forms)
            .as((slot, op, form) -> new ExploreStep(ExploreStep.Kind.ACT, slot, op.operationId(), form, false, null))))
        .withAction(3, independent(Combinators.combine(slots, Arbitraries.of(reads), forms)
            .as((slot, op, form) -> new ExploreStep(ExploreStep.Kind.READ, slot, op.operationId(), form, false, null))))
        .withAction(2, independent(Combinators.combine(slots, Arbitraries.of(writes), forms, Arbitraries.of("strict", "standard_policy"))
            .as((slot, op, form, policy) -> new ExploreStep(ExploreStep.Kind.WRITE, slot, op.operationId(), form, false,
                "setRateLimit".equals(op.operationId()) ? policy : null))))
        .withAction(1, independent(Combinators.combine(slots, forms)
            .as((slot, form) -> new ExploreStep(ExploreStep.Kind.BAD_TOKEN, slot, "getSessionInfo", form, false, null))))
        .withAction(1, independent(Combinators.combine(Arbitraries.of(wrongMethods), forms)
            .as((mp, form) -> new ExploreStep(ExploreStep.Kind.WRONG_METHOD, 0, mp[1], form, false, mp[0]))));
    if (hookUrl() != null) {
      chain = chain.withAction(1, independent(Combinators.combine(slots, forms)
          .as((slot, form) -> new ExploreStep(ExploreStep.Kind.HOOK, slot, "setWebhooks", form, false, null))));
    }
    if (other) {
      chain = chain.withAction(1, independent(Combinators.combine(slots, forms)
          .as((slot, form) -> new ExploreStep(ExploreStep.Kind.FOREIGN, slot, "getSessionInfo", form, false, null))));
    }
    if (!personAndServiceMoves.isEmpty()) {
      // the person's scan leads on to WORKING; the service's failures are rarer
      Arbitrary<String> moves = Arbitraries.frequency(personAndServiceMoves.stream()
          .map(m -> Tuple.of(ctx.model().move(m).orElseThrow().trigger() == Move.Trigger.PERSON ? 4 : 1, m))
          .toArray(Tuple.Tuple2[]::new));
      chain = chain.withAction(5, independent(Combinators.combine(slots, moves)
          .as((slot, m) -> new ExploreStep(ExploreStep.Kind.MOVE, slot, null, Api.Creds.QUERY, false, m))));
    }
    return chain.withMaxTransformations(settings.maxLength()).improveShrinkingWith(() -> new net.jqwik.api.state.ChangeDetector<>() {
      private String before;

      @Override
      public void before(Explorer e) {
        before = e.fingerprint();
      }

      @Override
      public boolean hasChanged(Explorer e) {
        return !before.equals(e.fingerprint());
      }
    });
  }

  private static Action.Independent<Explorer> independent(Arbitrary<ExploreStep> steps) {
    return () -> steps.map(Exploration::step);
  }

  private static Transformer<Explorer> step(ExploreStep step) {
    return Transformer.mutate(step.describe(), e -> e.take(step));
  }

  private Explorer current;

  private Explorer newSequence() {
    deliveries.clear();
    current = new Explorer(this);
    return current;
  }

  /**
   * Runs one sequence jqwik generated (or a shrinking candidate). A departure is replayed on fresh
   * sessions: it counts (is thrown to jqwik) only when the replay departs again.
   */
  void check(ActionChain<Explorer> chain) {
    if (fatal != null || (shrinking ? shrinkingSpent() : generationSpent())) {
      if (!shrinking) {
        throw new org.opentest4j.TestAbortedException("the exploration budget is spent");
      }
      return; // a candidate not tried counts as passing: shrinking stops there
    }
    List<ExploreStep> taken;
    try {
      sequences++;
      try {
        chain.run();
        return;
      } finally {
        if (current != null) {
          current.close();
        }
      }
    } catch (Throwable t) {
      if (departure(t) == null) {
        if (t instanceof RuntimeException e) {
          stop(e);
          return;
        }
        if (t instanceof Error e) {
          throw e;
        }
        throw new IllegalStateException(t);
      }
      taken = current.steps();
    }
    deliveries.clear();
    Explorer again = new Explorer(this);
    try {
      for (ExploreStep s : taken) {
        again.take(s);
      }
      flaky++;
    } catch (Explorer.Departure d) {
      if (!shrinking) {
        shrinking = true;
        firstFoundAfter = steps.get();
        requestsWhenFound = requests();
      }
      failures.add(new Failure(again.traces(), d.finding));
      throw d;
    } catch (RuntimeException e) {
      stop(e);
    } finally {
      again.close();
    }
  }

  /** The departure a failure is or wraps (jqwik may wrap what a step throws), or null. */
  private static Explorer.Departure departure(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof Explorer.Departure d) {
        return d;
      }
    }
    return null;
  }

  /** A problem of the run (out of time, the target gone): exploration stops, the suite handles it. */
  private void stop(RuntimeException e) {
    fatal = e;
    if (!shrinking) {
      throw new org.opentest4j.TestAbortedException("stopped: " + e);
    }
  }

  Duration shrinkingTime() {
    return settings.shrinkTime();
  }
}
