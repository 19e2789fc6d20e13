package io.wawpkit.session.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One section's result: a table of figures and ratios, the goals it is held to (reported, never
 * asserted), notes on how it was measured, and the raw per-run samples for the JSON file.
 */
final class Table {
  final String id;
  final String title;
  final List<String> columns;
  final List<List<String>> rows = new ArrayList<>();
  final List<Goal> goals = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final Map<String, Object> samples = new LinkedHashMap<>();

  Table(String id, String title, List<String> columns) {
    this.id = id;
    this.title = title;
    this.columns = List.copyOf(columns);
  }

  Table row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  Table goal(String what, String measured, boolean met) {
    goals.add(new Goal(what, measured, met));
    return this;
  }

  Table note(String text) {
    notes.add(text);
    return this;
  }

  /** A goal of the issue, with the figure it was judged on. */
  record Goal(String goal, String measured, boolean met) {}
}
