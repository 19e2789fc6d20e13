package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.spec.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spec validator's verdict on every answer of a documented operation, whichever group sent it
 * and whether or not a check looked at it: reads after writes and polls carry the bodies that only
 * some statuses have (qr, me), so their shape matters as much as the targeted calls'. Each defect is
 * reported once per operation and HTTP status (not once per answer: a poll loop would repeat it
 * hundreds of times); each kind of answer (operation, HTTP status, lifecycle status) that never
 * departed passes once.
 */
final class ShapeVerdicts {
  /**
   * One thing the validator found.
   *
   * @param error whether it is a departure (otherwise a warning: a field the schema does not name)
   * @param key what makes it the same defect on another answer (rule and place, not the value)
   * @param text the validator's message, secrets masked
   * @param evidence the mark of the rule it breaks (a field the schema does not name: tolerated drift)
   */
  record Finding(boolean error, String key, String text, Evidence evidence) {}

  /** A kind of answer: the first one seen stands for it in the report. */
  private record Kind(String group, String name, Exchange first, Evidence evidence) {}

  private final Results results;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();
  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  private final Set<String> departed = ConcurrentHashMap.newKeySet();

  ShapeVerdicts(Results results) {
    this.results = results;
  }

  /** Records the verdict on one validated answer. */
  void judge(String group, String label, Exchange exchange, String lifecycleStatus, List<Finding> findings, Evidence answerMark) {
    String in = lifecycleStatus == null ? "" : " with status " + lifecycleStatus;
    String kind = exchange.operation() + " " + exchange.status() + in;
    synchronized (kinds) {
      kinds.putIfAbsent(kind, new Kind(group, label + ": its HTTP " + exchange.status() + " answers" + in
          + " match the spec", exchange, answerMark));
    }
    for (Finding f : findings) {
      if (f.error()) {
        departed.add(kind);
      }
      if (!reported.add(exchange.operation() + " " + exchange.status() + " " + f.error() + " " + f.key())) {
        continue;
      }
      String expected = "every answer matches the spec: a documented status, its content type, headers and schema";
      if (f.error()) {
        results.depart(f.evidence(), group, exchange.operation(), label + ": an HTTP " + exchange.status() + " answer" + in
            + " departs from the spec", expected, f.text(), exchange);
      } else {
        results.depart(f.evidence(), group, exchange.operation(), label + ": an HTTP " + exchange.status() + " answer" + in
            + " has a field the schema does not name", expected + " (fields the schema names)", f.text(), exchange);
      }
    }
  }

  /** Passes every kind of answer that never departed (called once, when the run ends). */
  void close() {
    List<Map.Entry<String, Kind>> all;
    synchronized (kinds) {
      all = new ArrayList<>(kinds.entrySet());
    }
    for (Map.Entry<String, Kind> e : all) {
      if (!departed.contains(e.getKey())) {
        Kind k = e.getValue();
        results.pass(k.evidence(), k.group(), k.first().operation(), k.name(),
            "every such answer matches the spec (status, content type, headers, schema)", k.first());
      }
    }
  }
}
