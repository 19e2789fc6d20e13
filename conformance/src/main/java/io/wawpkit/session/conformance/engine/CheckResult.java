package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.spec.Evidence;

/**
 * The result of one check.
 *
 * @param group the check group (shape, errors, tenancy, lifecycle, consistency, pact)
 * @param operation the operationId (or area) the check is about
 * @param name what was checked, in words
 * @param outcome pass, fail, warn, notice or skip
 * @param expected what the contract expects
 * @param actual what came back (or why it was skipped)
 * @param exchange the HTTP exchange that decided it, or null
 * @param evidence the spec's mark the check rests on (its basis graded a departure); null only for
 *     a crash of the suite itself or checks its time budget left unrun, which are no findings
 *     about the target
 */
public record CheckResult(
    String group, String operation, String name, Outcome outcome, String expected, String actual, Exchange exchange,
    Evidence evidence) {

  /** The basis and its grounds, for a report: {@code position: <reason>} or {@code documented (<source>): "<quote>"}. */
  public String grounds() {
    return evidence == null ? "no mark: the suite itself stopped" : evidence.summary();
  }
}
