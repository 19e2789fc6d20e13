package io.wawpkit.session.conformance.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Collects check results from any thread, counts them and reports progress as they come: failures
 * at once, and within a long group how many checks are done, at most once per tick.
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
  private volatile String group = "setup";
  private long lastTick;

  public Results(Consumer<String> progress) {
    this(progress, TICK, System::nanoTime);
  }

  /** With the tick and the clock given (tests). */
  public Results(Consumer<String> progress, Duration tick, LongSupplier clock) {
    this.progress = progress;
    this.tickNanos = tick.toNanos();
    this.clock = clock;
    this.lastTick = clock.getAsLong();
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
  void judgeShape(String label, Exchange exchange, String lifecycleStatus, List<ShapeVerdicts.Finding> findings) {
    shapes.judge(group, label, exchange, lifecycleStatus, findings);
  }

  /** Passes the kinds of answer that never departed from the spec; once, when the run ends. */
  void closeShapeVerdicts() {
    shapes.close();
  }

  public void pass(String group, String operation, String name, String expected, Exchange exchange) {
    add(new CheckResult(group, operation, name, Outcome.PASS, expected, exchange == null ? "as expected" : "HTTP " + exchange.status(), exchange));
  }

  public void fail(String group, String operation, String name, String expected, String actual, Exchange exchange) {
    add(new CheckResult(group, operation, name, Outcome.FAIL, expected, actual, exchange));
  }

  public void warn(String group, String operation, String name, String expected, String actual, Exchange exchange) {
    add(new CheckResult(group, operation, name, Outcome.WARN, expected, actual, exchange));
  }

  public void skip(String group, String operation, String name, String reason) {
    add(new CheckResult(group, operation, name, Outcome.SKIP, "", reason, null));
  }

  /** Records a check that passed when {@code ok}, failed otherwise. */
  public boolean check(boolean ok, String group, String operation, String name, String expected, String actual, Exchange exchange) {
    if (ok) {
      pass(group, operation, name, expected, exchange);
    } else {
      fail(group, operation, name, expected, actual, exchange);
    }
    return ok;
  }

  public synchronized void add(CheckResult result) {
    results.add(result);
    if (result.outcome() == Outcome.FAIL) {
      progress.accept("  FAIL " + result.group() + " / " + result.operation() + ": " + result.name());
    }
    long now = clock.getAsLong();
    if (now - lastTick >= tickNanos) {
      lastTick = now;
      progress.accept("  " + group + ": " + results.size() + " checks so far");
    }
  }

  /** Says what the run is doing now (which group, what it waits for). */
  public void progress(String line) {
    progress.accept(line);
  }

  /** Says it once per run: for what repeats (the same wait on every session) but is worth saying. */
  public void progressOnce(String line) {
    if (said.add(line)) {
      progress.accept(line);
    }
  }

  void countRequest() {
    requests.incrementAndGet();
  }

  public int requests() {
    return requests.get();
  }

  public synchronized List<CheckResult> all() {
    return List.copyOf(results);
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
