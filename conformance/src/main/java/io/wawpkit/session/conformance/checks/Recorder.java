package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Exchange;
import io.wawpkit.session.conformance.engine.Results;
import io.wawpkit.session.spec.Evidence;

/**
 * Records a walk's checks into the run's results. The lifecycle walk records them as they are; the
 * same walk in the header credential form records them under its own group, each name saying the
 * form, so that the two walks' checks stand side by side in the reports.
 */
final class Recorder {
  private final Results results;
  private final String group;
  private final String suffix;

  private Recorder(Results results, String group, String suffix) {
    this.results = results;
    this.group = group;
    this.suffix = suffix;
  }

  /** Each check under the group it names, as it is named. */
  static Recorder asIs(Results results) {
    return new Recorder(results, null, "");
  }

  /** Each check under {@code group}, its name followed by {@code suffix} (such as ", with header credentials"). */
  static Recorder as(Results results, String group, String suffix) {
    return new Recorder(results, group, suffix);
  }

  private String group(String named) {
    return group == null ? named : group;
  }

  boolean check(boolean ok, Evidence evidence, String group, String operation, String name, String expected, String actual,
      Exchange exchange) {
    return results.check(ok, evidence, group(group), operation, name + suffix, expected, actual, exchange);
  }

  void depart(Evidence evidence, String group, String operation, String name, String expected, String actual, Exchange exchange) {
    results.depart(evidence, group(group), operation, name + suffix, expected, actual, exchange);
  }

  void pass(Evidence evidence, String group, String operation, String name, String expected, Exchange exchange) {
    results.pass(evidence, group(group), operation, name + suffix, expected, exchange);
  }

  void skip(Evidence evidence, String group, String operation, String name, String reason) {
    results.skip(evidence, group(group), operation, name + suffix, reason);
  }

  void progress(String line) {
    results.progress(line);
  }
}
