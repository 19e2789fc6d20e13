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

  /** The sequences jqwik generates: each step chosen from what the model and the spec allow where the sequence is. */
  Arbitrary<ActionChain<Explorer>> sequences() {
    Arbitrary<Api.Creds> forms = Arbitraries.of(Api.Creds.QUERY, Api.Creds.HEADERS);
    Arbitrary<Integer> slots = Arbitraries.frequency(
        net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(2, 1), net.jqwik.api.Tuple.of(1, 2));
    String create = ctx.createOperation().operationId();
    boolean other = ctx.target().other().isPresent();
    var chain = ActionChain.<Explorer>startWith(this::newSequence)
        .withAction(3, (Action.Independent<Explorer>) () -> Combinators.combine(slots, forms, Arbitraries.of(true, false)
            .filter(o -> other || !o))
            .as((slot, form, second) -> step(new ExploreStep(ExploreStep.Kind.CREATE, slot, create, form, second, null))))
        .withAction(8, dependent(e -> Combinators.combine(Arbitraries.of(e.usedSlots()), Arbitraries.of(actions), forms)
            .as((slot, op, form) -> step(new ExploreStep(ExploreStep.Kind.ACT, slot, op.operationId(), form, false, null)))))
        .withAction(4, dependent(e -> Combinators.combine(Arbitraries.of(e.usedSlots()), Arbitraries.of(reads), forms)
            .as((slot, op, form) -> step(new ExploreStep(ExploreStep.Kind.READ, slot, op.operationId(), form, false, null)))))
        .withAction(2, dependent(e -> Combinators.combine(Arbitraries.of(e.usedSlots()), Arbitraries.of(writes), forms,
                Arbitraries.of("strict", "standard_policy"))
            .as((slot, op, form, policy) -> step(new ExploreStep(ExploreStep.Kind.WRITE, slot, op.operationId(), form, false,
                "setRateLimit".equals(op.operationId()) ? policy : null)))))
        .withAction(1, dependent(e -> Combinators.combine(Arbitraries.of(e.usedSlots()), forms)
            .as((slot, form) -> step(new ExploreStep(ExploreStep.Kind.BAD_TOKEN, slot, "getSessionInfo", form, false, null)))))
        .withAction(1, (Action.Independent<Explorer>) () -> Combinators.combine(Arbitraries.of(wrongMethods), forms)
            .as((mp, form) -> step(new ExploreStep(ExploreStep.Kind.WRONG_METHOD, 0, mp[1], form, false, mp[0]))));
    if (other) {
      chain = chain.withAction(1, dependent(e -> Combinators.combine(Arbitraries.of(e.usedSlots()), forms)
          .as((slot, form) -> step(new ExploreStep(ExploreStep.Kind.FOREIGN, slot, "getSessionInfo", form, false, null)))));
    }
    if (!personAndServiceMoves.isEmpty()) {
      chain = chain.withAction(4, new Action.Dependent<Explorer>() {
        @Override
        public boolean precondition(Explorer e) {
          return e.usedSlots().stream().anyMatch(s -> personAndServiceMoves.stream().anyMatch(m -> e.moveApplies(s, m)));
        }

        @Override
        public Arbitrary<Transformer<Explorer>> transformer(Explorer e) {
          List<String[]> applicable = new ArrayList<>();
          for (int s : e.usedSlots()) {
            for (String m : personAndServiceMoves) {
              if (e.moveApplies(s, m)) {
                applicable.add(new String[] {String.valueOf(s), m});
              }
            }
          }
          // scan is the person's move that leads on; fail and unlink are rarer
          return Arbitraries.of(applicable).map(sm -> step(new ExploreStep(ExploreStep.Kind.MOVE, Integer.parseInt(sm[0]), null,
              Api.Creds.QUERY, false, sm[1])));
        }
      });
    }
    return chain.withMaxTransformations(settings.maxLength());
  }

  private static Action.Dependent<Explorer> dependent(java.util.function.Function<Explorer, Arbitrary<Transformer<Explorer>>> make) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(Explorer e) {
        return !e.usedSlots().isEmpty();
      }

      @Override
      public Arbitrary<Transformer<Explorer>> transformer(Explorer e) {
        return make.apply(e);
      }
    };
  }

  private static Transformer<Explorer> step(ExploreStep step) {
    return Transformer.mutate(step.describe(), e -> e.take(step));
  }

  private Explorer current;

  private Explorer newSequence() {
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
    } catch (Explorer.Departure d) {
      taken = current.steps();
    } catch (RuntimeException e) {
      stop(e);
      return;
    }
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
