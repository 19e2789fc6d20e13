package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.quicktheories.QuickTheory;

/**
 * Model-based exploration: random sequences of operations over one to three sessions (two on a
 * remote target), from the spec and the lifecycle model, each step judged against what the model
 * allows ({@link Explorer}). QuickTheories generates the sequences (lists of steps, seeded) and
 * shrinks a failing one, driven directly from code; a failing sequence is replayed before it
 * counts, and the smallest one is reported as a curl script and a JUnit test.
 */
public final class ExploreChecks implements CheckGroup {
  public static final String GROUP = "explore";
  /** The most shrinking candidates QuickTheories tries (the shrinking time and request budgets end it sooner). */
  private static final int SHRINK_CYCLES = 100_000;

  /**
   * The budgets of an exploration.
   *
   * @param seed QuickTheories' seed ({@code --seed}): the same seed against the same target explores the same sequences
   * @param steps the most steps generated ({@code --explore-steps})
   * @param time the most time spent generating ({@code --explore-time})
   * @param shrinkTime how long QuickTheories may shrink a failing sequence
   * @param replayRequests against a remote target, the most requests replays and shrinking may send
   * @param maxLength the longest sequence generated
   */
  public record Settings(long seed, int steps, Duration time, Duration shrinkTime, int replayRequests, int maxLength) {
    /** The default against a remote target: shrinking replays within this many requests. */
    public static final int REPLAY_REQUESTS = 300;

    /** The small budget of profile {@code all}. */
    public static Settings inAll(Long seed) {
      return new Settings(seed(seed), 300, Duration.ofSeconds(4), Duration.ofSeconds(10), REPLAY_REQUESTS, 20);
    }

    /** The budget of profile {@code explore}. */
    public static Settings alone(Long seed) {
      return new Settings(seed(seed), 3000, Duration.ofSeconds(60), Duration.ofSeconds(30), REPLAY_REQUESTS, 20);
    }

    /** The same with the budgets given (null keeps one). */
    public Settings with(Integer steps, Duration time) {
      return new Settings(seed, steps == null ? this.steps : steps, time == null ? this.time : time, shrinkTime, replayRequests,
          maxLength);
    }

    private static long seed(Long seed) {
      return seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
  }

  private final Settings settings;

  public ExploreChecks() {
    this(Settings.inAll(null));
  }

  public ExploreChecks(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  @Override
  public String name() {
    return GROUP;
  }

  @Override
  public void run(Context ctx) {
    // A timer move found stuck (a boot that never ends): the lifecycle cannot be walked, and no
    // sequence should wait for it again. Skipped as blocked, as every check that needs the move.
    for (io.wawpkit.session.spec.Move m : ctx.model().moves()) {
      for (String from : m.from()) {
        for (boolean login : new boolean[] {false, true}) {
          var blocker = ctx.blockedBy(Context.move(m.name(), new Node(from, login).toString()));
          if (blocker.isPresent()) {
            ctx.results().skip(ctx.marks().move(m.name()).orElseGet(() -> ctx.marks().qrRotation()), GROUP, "all",
                "random sequences of operations conform to the lifecycle model", Context.blockedReason(blocker.get()));
            return;
          }
        }
      }
    }
    Exploration exploration = new Exploration(ctx, settings);
    ctx.results().progress("  exploring with seed " + settings.seed() + " (up to " + settings.steps() + " steps or "
        + Context.inWords(settings.time()) + ")");
    long start = System.nanoTime();
    java.util.Optional<Exploration.Failure> smallest;
    try {
      explore(exploration);
      smallest = exploration.smallest();
    } finally {
      exploration.close();
    }
    if (exploration.fatal().isPresent()) {
      throw exploration.fatal().get();
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    String tally = exploration.sequenceCount() + " sequences, " + exploration.steps() + " steps in " + String.format("%.1f s", seconds)
        + " (" + String.format("%.0f", exploration.steps() / seconds) + " steps/s), seed " + settings.seed()
        + (exploration.flaky() > 0 ? ", " + exploration.flaky() + " departures that did not repeat on replay" : "");
    ctx.results().progress("  explore: " + tally);
    if (smallest.isEmpty()) {
      ctx.results().pass(ctx.marks().create(ctx.createOperation().operationId()), GROUP, "all",
          "random sequences of operations conform to the lifecycle model (" + tally + ")",
          "every step as the model allows: statuses, carries, servedIn, settings, tenancy, refusals, shapes", null);
      return;
    }
    Exploration.Failure f = smallest.get();
    String script = Replay.curl(ctx.target(), ctx.spec().instanceIdPointer(ctx.createOperation()), f.traces(), f.finding(),
        settings.seed());
    String junit = Replay.junit(f.traces(), f.finding());
    // The script and the test are made of masked exchanges; masking them again would mask the token variables too.
    String actual = ctx.api().redactor().redact(f.finding().actual()) + "\n\nFound after " + exploration.firstFoundAfter() + " steps, shrunk from "
        + exploration.first().map(Exploration.Failure::length).orElse(0) + " to " + f.length() + " steps (" + tally + ").\n"
        + "The shrunk sequence as a script:\n" + script + "\n\nAs a JUnit test:\n" + junit;
    ctx.results().progress("  explore: a sequence of " + f.length() + " steps departs from the model: " + f.finding().name()
        + "\n" + indent(script));
    ctx.results().depart(f.finding().evidence(), GROUP, f.finding().operation(), "exploration: " + f.finding().name(),
        f.finding().expected(), actual, f.finding().exchange());
  }

  private static String indent(String text) {
    return "    " + text.replace("\n", "\n    ");
  }

  /**
   * QuickTheories generates up to one sequence per step of the budget (every sequence passes once
   * the budget is spent) and shrinks the first that fails twice; {@link Exploration} keeps every
   * failing candidate, so what QuickTheories throws at the end says nothing new.
   */
  private void explore(Exploration exploration) {
    try {
      QuickTheory.qt()
          .withFixedSeed(settings.seed())
          .withExamples(Math.max(1, settings.steps()))
          .withShrinkCycles(SHRINK_CYCLES)
          .withUnlimitedTestingTime()
          .forAll(exploration.sequences())
          .check(exploration::passes);
    } catch (AssertionError falsified) {
      // the smallest failing sequence is the exploration's (Exploration.smallest)
    }
  }
}
