package io.wawpkit.session.conformance.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a run found.
 *
 * @param target what it ran against
 * @param profile which groups it ran
 * @param strict whether departures from positions failed (--strict) instead of warning
 * @param results every check result
 * @param counts results per outcome
 * @param requests how many HTTP requests it sent
 * @param duration how long it took
 * @param groupTimes how long each group took
 * @param outOfTime whether the time budget ({@code --max-time}) ran out before every check ran
 */
public record Run(
    Target target, Profile profile, boolean strict, List<CheckResult> results, Map<Outcome, Integer> counts, int requests,
    Duration duration, Map<String, Duration> groupTimes, boolean outOfTime) {

  public int count(Outcome outcome) {
    return counts.getOrDefault(outcome, 0);
  }

  /** No check failed. */
  public boolean conformant() {
    return count(Outcome.FAIL) == 0;
  }

  /**
   * Whether the run passes: every check ran, none failed and, when skipped groups fail it, none
   * was skipped whole.
   */
  public boolean passes(boolean failOnSkip) {
    return !outOfTime && conformant() && !(failOnSkip && !skippedGroups().isEmpty());
  }

  /** Groups in which every check was skipped. */
  public Set<String> skippedGroups() {
    Map<String, List<CheckResult>> byGroup = results.stream().collect(Collectors.groupingBy(CheckResult::group));
    Set<String> skipped = new TreeSet<>();
    byGroup.forEach((g, rs) -> {
      if (rs.stream().allMatch(r -> r.outcome() == Outcome.SKIP)) {
        skipped.add(g);
      }
    });
    return skipped;
  }

  /** Outcome counts per operation, in first-seen order. */
  public Map<String, Map<Outcome, Integer>> byOperation() {
    Map<String, Map<Outcome, Integer>> out = new LinkedHashMap<>();
    for (CheckResult r : results) {
      out.computeIfAbsent(r.operation(), k -> new LinkedHashMap<>()).merge(r.outcome(), 1, Integer::sum);
    }
    return out;
  }

  public List<CheckResult> failures() {
    return results.stream().filter(r -> r.outcome() == Outcome.FAIL).toList();
  }
}
