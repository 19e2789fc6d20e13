package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.spec.WawpSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs the groups of a profile against a target and returns what they found. */
public final class Suite {
  private final WawpSpec spec;
  private final boolean strict;

  public Suite(WawpSpec spec) {
    this(spec, false);
  }

  /** With {@code strict}, a departure from a position fails instead of warning (--strict). */
  public Suite(WawpSpec spec, boolean strict) {
    this.spec = spec;
    this.strict = strict;
  }

  public Run run(Target target, Profile profile, Duration transitionTimeout, Consumer<String> progress) {
    return run(target, profile, profile.groups(), transitionTimeout, progress);
  }

  /**
   * Runs the given groups (a profile's or a chosen few). Each group's sessions are deleted when it
   * ends, so that the account holds few at a time (an instance quota counts those that exist).
   *
   * @throws ConnectionLost when the target stopped accepting connections: the run cannot go on
   */
  public Run run(Target target, Profile profile, List<CheckGroup> groups, Duration transitionTimeout, Consumer<String> progress) {
    Results results = new Results(progress, strict);
    Context ctx = new Context(target, spec, results, transitionTimeout);
    Map<String, Duration> times = new LinkedHashMap<>();
    long start = System.nanoTime();
    boolean lost = false;
    try {
      for (int i = 0; i < groups.size(); i++) {
        CheckGroup group = groups.get(i);
        progress.accept("[" + (i + 1) + "/" + groups.size() + "] " + group.name() + " (" + results.size() + " checks so far)");
        long t = System.nanoTime();
        results.enterGroup(group.name());
        try {
          group.run(ctx);
        } catch (ConnectionLost e) {
          throw e;
        } catch (RuntimeException e) {
          // One group's crash must not cost the others their results, nor the run its report.
          results.crashed(group.name(), "no error in the suite", "stopped by " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        ctx.cleanUp();
        times.put(group.name(), Duration.ofNanos(System.nanoTime() - t));
      }
    } catch (ConnectionLost e) {
      lost = true;
      throw e;
    } finally {
      if (!lost) {
        // A target that is gone cannot delete anything: no pile of failed deletes after the one line.
        progress.accept("cleaning up the sessions the suite created");
        results.enterGroup("cleanup");
        ctx.cleanUp();
        results.closeShapeVerdicts();
      }
    }
    return new Run(target, profile, strict, results.all(), results.counts(), results.requests(),
        Duration.ofNanos(System.nanoTime() - start), times);
  }
}
