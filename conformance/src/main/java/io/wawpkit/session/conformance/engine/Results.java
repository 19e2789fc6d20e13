package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.spec.Evidence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Collects check results from any thread, counts them and reports progress as they come: failures
 * at once, and within a long group how many checks are done, at most once per tick. Every word of a
 * result (its name, what was expected, what came back, its exchange) and every progress line is
 * masked by the {@link Api}'s {@link Redactor} (secrets never reach the console or a report), and a
 * run narrowed to some operations ({@link Selection}) records only the results about them.
 */
public final class Results {
  /** How often a long group says how far it is: often enough to show life, rarely enough to read. */
  public static final Duration TICK = Duration.ofSeconds(5);

  private final List<CheckResult> results = new ArrayList<>();
  private final Consumer<String> progress;
  private final AtomicInteger requests = new AtomicInteger();
  private final ShapeVerdicts shapes = new ShapeVerdicts(this);
  private final Set<String> said = ConcurrentHashMap.newKeySet();
  private final long tickNanos;
  private final LongSupplier clock;
  private final boolean strict;
  private volatile String group = "setup";
  private volatile Redactor redactor = Redactor.masking();
  private volatile Predicate<CheckResult> selected = r -> true;
  private long lastTick;

  public Results(Consumer<String> progress) {
    this(progress, false);
  }

  /** With {@code strict}, a departure from a position fails instead of warning. */
  public Results(Consumer<String> progress, boolean strict) {
    this(progress, TICK, System::nanoTime, strict);
  }

  /** With the tick and the clock given (tests). */
  public Results(Consumer<String> progress, Duration tick, LongSupplier clock) {
    this(progress, tick, clock, false);
  }

  private Results(Consumer<String> progress, Duration tick, LongSupplier clock, boolean strict) {
    this.strict = strict;
    this.progress = progress;
    this.tickNanos = tick.toNanos();
    this.clock = clock;
    this.lastTick = clock.getAsLong();
  }

  /** Masks every result and progress line from now on (and all results again when the run ends) with this redactor. */
  public void redactWith(Redactor redactor) {
    this.redactor = Objects.requireNonNull(redactor);
  }

  /** Records from now on only the results this predicate selects (see {@link Selection}). */
  public void select(Predicate<CheckResult> selection) {
    this.selected = Objects.requireNonNull(selection);
  }

  /** The group that runs now: answers judged by the spec validator are reported under it. */
  public synchronized void enterGroup(String name) {
    group = name;
    lastTick = clock.getAsLong();
  }

  public String group() {
    return group;
  }

  /** The validator's verdict on an answer, whoever sent it (see {@link ShapeVerdicts}). */
  void judgeShape(String label, Exchange exchange, String lifecycleStatus, List<ShapeVerdicts.Finding> findings,
      Evidence answerMark) {
    shapes.judge(group, label, exchange, lifecycleStatus, findings, answerMark);
  }

  /** Passes the kinds of answer that never departed from the spec; once, when the run ends. */
  void closeShapeVerdicts() {
    shapes.close();
  }

  /**
   * One rule a check holds the answer to, with its mark: a check may rest on several (the status
   * class of a refusal is documented, its exact code a position), and the weightiest broken one grades it.
   */
  public record Clause(boolean holds, Evidence evidence) {
    public Clause {
      Objects.requireNonNull(evidence, "every rule a check holds names its mark of evidence");
    }
  }

  /** Whether warnings (departures from positions) count as failures. */
  public boolean strict() {
    return strict;
  }

  public void pass(Evidence evidence, String group, String operation, String name, String expected, Exchange exchange) {
    add(new CheckResult(group, operation, name, Outcome.PASS, expected,
        exchange == null ? "as expected" : "HTTP " + exchange.status(), exchange, required(evidence)));
  }

  /** A departure from the rule the mark stands for, graded by its basis (see {@link Grade}). */
  public void depart(Evidence evidence, String group, String operation, String name, String expected, String actual, Exchange exchange) {
    add(new CheckResult(group, operation, name, Grade.departure(required(evidence).basis(), strict), expected, actual,
        exchange, evidence));
  }

  public void skip(Evidence evidence, String group, String operation, String name, String reason) {
    add(new CheckResult(group, operation, name, Outcome.SKIP, "", reason, null, required(evidence)));
  }

  /**
   * Checks the run did not get to (its time budget ran out): skipped, with no mark, since nothing
   * was found about the target.
   */
  public void notRun(String group, String name, String reason) {
    add(new CheckResult(group, "all", name, Outcome.SKIP, "", reason, null, null));
  }

  /** A group of the suite stopped by an error of its own: a plain failure, no finding about the target. */
  public void crashed(String group, String expected, String actual) {
    add(new CheckResult(group, "all", "the " + group + " checks ran to their end", Outcome.FAIL, expected, actual, null, null));
  }

  /** Records a check that passed when {@code ok}, departed from the mark's rule otherwise. */
  public boolean check(boolean ok, Evidence evidence, String group, String operation, String name, String expected,
      String actual, Exchange exchange) {
    if (ok) {
      pass(evidence, group, operation, name, expected, exchange);
    } else {
      depart(evidence, group, operation, name, expected, actual, exchange);
    }
    return ok;
  }

  /**
   * Records a check resting on several rules: a pass citing the first when all hold, else a departure
   * graded by (and citing) the weightiest broken one.
   */
  public boolean check(String group, String operation, String name, String expected, String actual, Exchange exchange,
      Clause... clauses) {
    List<Evidence> broken = java.util.Arrays.stream(clauses).filter(c -> !c.holds()).map(Clause::evidence).toList();
    if (broken.isEmpty()) {
      pass(clauses[0].evidence(), group, operation, name, expected, exchange);
      return true;
    }
    depart(Grade.weightiest(broken), group, operation, name, expected, actual, exchange);
    return false;
  }

  private static Evidence required(Evidence evidence) {
    return Objects.requireNonNull(evidence, "every check cites the mark of evidence it rests on");
  }

  public synchronized void add(CheckResult result) {
    if (!selected.test(result)) {
      return;
    }
    result = masked(result, redactor);
    results.add(result);
    if (result.outcome() == Outcome.FAIL) {
      progress.accept("  FAIL " + result.group() + " / " + result.operation() + ": " + result.name() + " [" + result.grounds() + "]");
    }
    long now = clock.getAsLong();
    if (now - lastTick >= tickNanos) {
      lastTick = now;
      progress.accept("  " + group + ": " + results.size() + " checks so far");
    }
  }

  /** Says what the run is doing now (which group, what it waits for). */
  public void progress(String line) {
    progress.accept(redactor.redact(line));
  }

  /** Says it once per run: for what repeats (the same wait on every session) but is worth saying. */
  public void progressOnce(String line) {
    if (said.add(line)) {
      progress.accept(redactor.redact(line));
    }
  }

  void countRequest() {
    requests.incrementAndGet();
  }

  public int requests() {
    return requests.get();
  }

  /** Every result, masked again with every secret learned by now (one may have been learned after a result quoted it). */
  public synchronized List<CheckResult> all() {
    Redactor now = redactor;
    return results.stream().map(r -> masked(r, now)).toList();
  }

  private static CheckResult masked(CheckResult r, Redactor redactor) {
    return new CheckResult(r.group(), redactor.redact(r.operation()), redactor.redact(r.name()), r.outcome(),
        redactor.redact(r.expected()), redactor.redact(r.actual()), r.exchange() == null ? null : r.exchange().masked(redactor),
        r.evidence());
  }

  public synchronized Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    return counts;
  }

  public synchronized int size() {
    return results.size();
  }
}
