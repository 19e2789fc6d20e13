package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.spec.WawpSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs the groups of a profile against a target and returns what they found. */
public final class Suite {
  /** Said for every check the time budget left unrun. */
  public static final String OUT_OF_TIME = "the time budget ran out";

  private final WawpSpec spec;
  private final boolean strict;
  private final Limits limits;

  /**
   * How long a run and each of its requests may take.
   *
   * @param maxTime the whole run's budget ({@code --max-time}), or null for the target's default
   * @param requestTimeout how long one request may wait for its answer ({@code --request-timeout}),
   *     or null for the default
   */
  public record Limits(Duration maxTime, Duration requestTimeout) {
    /** The run's budget against a target on this machine (the embedded mock): a minute is plenty. */
    public static final Duration LOCAL_MAX_TIME = Duration.ofSeconds(60);
    /** The run's budget against a remote target (the live service: boots take their time). */
    public static final Duration REMOTE_MAX_TIME = Duration.ofMinutes(5);
    /**
     * How long a request waits for its answer. Every documented operation answers at once (a boot
     * goes on after the answer, and the suite polls for it), so a request without an answer after
     * 10 s has stalled, not slowed: it fails its check and the suite probes the target. A stall
     * thus costs the request time and a probe, about 15 s, instead of a 30 s socket time-out per
     * request.
     */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public static Limits defaults() {
      return new Limits(null, null);
    }

    /** The budget for this target: the one given, or the default for where it is. */
    public Duration maxTime(Target target) {
      return maxTime != null ? maxTime : target.local() ? LOCAL_MAX_TIME : REMOTE_MAX_TIME;
    }

    public Duration requestTimeout() {
      return requestTimeout != null ? requestTimeout : REQUEST_TIMEOUT;
    }
  }

  public Suite(WawpSpec spec) {
    this(spec, false);
  }

  /** With {@code strict}, a departure from a position fails instead of warning (--strict). */
  public Suite(WawpSpec spec, boolean strict) {
    this(spec, strict, Limits.defaults());
  }

  private Suite(WawpSpec spec, boolean strict, Limits limits) {
    this.spec = spec;
    this.strict = strict;
    this.limits = limits;
  }

  /** The same suite with a time budget and a request time-out ({@code --max-time}, {@code --request-timeout}). */
  public Suite limits(Limits limits) {
    return new Suite(spec, strict, limits);
  }

  public Run run(Target target, Profile profile, Duration transitionTimeout, Consumer<String> progress) {
    return run(target, profile, profile.groups(), transitionTimeout, progress);
  }

  /**
   * Runs the given groups (a profile's or a chosen few). Each group's sessions are deleted when it
   * ends, so that the account holds few at a time (an instance quota counts those that exist).
   * First the tokens are tried on a harmless read: a token the target refuses stops the run. When
   * the time budget runs out, the group that runs stops, the later ones do not start, and the
   * returned run says so ({@link Run#outOfTime()}); the sessions are still deleted.
   *
   * @throws ConnectionLost when the target stopped accepting connections: the run cannot go on
   * @throws TokenRefused when the target refused the account's (or the other account's) token
   */
  public Run run(Target target, Profile profile, List<CheckGroup> groups, Duration transitionTimeout, Consumer<String> progress) {
    Results results = new Results(progress, strict);
    Budget budget = new Budget(limits.maxTime(target));
    Context ctx = new Context(target, spec, results, transitionTimeout, budget, limits.requestTimeout());
    Map<String, Duration> times = new LinkedHashMap<>();
    long start = System.nanoTime();
    boolean stopped = false;
    boolean cut = false;
    try {
      ctx.checkTokens();
      for (int i = 0; i < groups.size(); i++) {
        CheckGroup group = groups.get(i);
        if (budget.spent()) {
          cut = true;
          results.enterGroup(group.name());
          results.notRun(group.name(), "the " + group.name() + " checks", OUT_OF_TIME + " before they started");
          continue;
        }
        progress.accept("[" + (i + 1) + "/" + groups.size() + "] " + group.name() + " (" + results.size() + " checks so far)");
        long t = System.nanoTime();
        results.enterGroup(group.name());
        try {
          group.run(ctx);
        } catch (OutOfTime e) {
          cut = true;
          progress.accept("  " + OUT_OF_TIME + " (--max-time " + Context.inWords(budget.max()) + "): stopping");
          results.notRun(group.name(), "the rest of the " + group.name() + " checks", OUT_OF_TIME);
        } catch (ConnectionLost | TokenRefused e) {
          throw e;
        } catch (RuntimeException e) {
          // One group's crash must not cost the others their results, nor the run its report.
          results.crashed(group.name(), "no error in the suite", "stopped by " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
          ctx.cleanUp();
        } catch (OutOfTime e) {
          // the cleanup at the end deletes what is left
        }
        times.put(group.name(), Duration.ofNanos(System.nanoTime() - t));
      }
    } catch (ConnectionLost | TokenRefused e) {
      stopped = true;
      throw e;
    } finally {
      if (!stopped) {
        // A target that is gone cannot delete anything: no pile of failed deletes after the one line.
        // The budget does not stop the cleanup: a run cut short still leaves no session behind.
        budget.stopEnforcing();
        progress.accept("cleaning up the sessions the suite created");
        results.enterGroup("cleanup");
        ctx.cleanUp();
        results.closeShapeVerdicts();
      }
    }
    return new Run(target, profile, strict, results.all(), results.counts(), results.requests(),
        Duration.ofNanos(System.nanoTime() - start), times, cut);
  }
}
