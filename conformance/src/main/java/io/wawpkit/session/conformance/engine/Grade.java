package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.spec.Basis;
import io.wawpkit.session.spec.Evidence;
import java.util.Collection;
import java.util.Comparator;

/** How a departure is graded by the basis of the rule it breaks (issue 13: a failure only where the docs are broken). */
public final class Grade {
  /** Documented before position before tolerated: the weightiest basis a departure breaks decides. */
  private static final Comparator<Evidence> WEIGHT = Comparator.comparingInt(e -> weight(e.basis()));

  private Grade() {}

  /** A departure from a rule with that basis: documented fails, a position warns (fails under strict), tolerated is a notice. */
  public static Outcome departure(Basis basis, boolean strict) {
    return switch (basis) {
      case DOCUMENTED -> Outcome.FAIL;
      case POSITION -> strict ? Outcome.FAIL : Outcome.WARN;
      case TOLERATED -> Outcome.NOTICE;
    };
  }

  /** The weightiest of several broken rules (the one a report cites). */
  public static Evidence weightiest(Collection<Evidence> broken) {
    return broken.stream().max(WEIGHT).orElseThrow();
  }

  /** The lightest: where any of several alternatives would do (oneOf branches), the one nearest to passing decides. */
  public static Evidence lightest(Collection<Evidence> broken) {
    return broken.stream().min(WEIGHT).orElseThrow();
  }

  private static int weight(Basis b) {
    return switch (b) {
      case DOCUMENTED -> 2;
      case POSITION -> 1;
      case TOLERATED -> 0;
    };
  }
}
