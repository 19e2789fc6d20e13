package io.wawpkit.session.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the run as bench.json and bench.md, and prints each table as it comes. */
final class Report {
  static final String JSON_NAME = "bench.json";
  static final String MARKDOWN_NAME = "bench.md";

  private final Map<String, String> machine;
  private final String mode;
  private final String started;
  private final List<Table> tables = new ArrayList<>();
  private final Map<String, String> failures = new LinkedHashMap<>();

  Report(Map<String, String> machine, String mode, String started) {
    this.machine = machine;
    this.mode = mode;
    this.started = started;
  }

  void add(Table t) {
    tables.add(t);
    System.out.println();
    System.out.print(text(t));
    System.out.flush();
  }

  void failed(String section, String why) {
    failures.put(section, why);
    System.out.println();
    System.out.println(section + ": FAILED: " + why);
  }

  boolean ok() {
    return failures.isEmpty();
  }

  void write(Path folder, double seconds) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("started", started);
    json.put("mode", mode);
    json.put("seconds", Math.round(seconds));
    json.put("machine", machine);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Table t : tables) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", t.id);
      s.put("title", t.title);
      s.put("columns", t.columns);
      s.put("rows", t.rows);
      s.put("goals", t.goals);
      s.put("notes", t.notes);
      s.put("samples", t.samples);
      sections.add(s);
    }
    json.put("sections", sections);
    json.put("failures", failures);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(JSON_NAME),
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
      Files.writeString(folder.resolve(MARKDOWN_NAME), markdown(seconds));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String markdown(double seconds) {
    StringBuilder md = new StringBuilder("# Benchmark run\n\n");
    md.append("Started ").append(started).append("; ").append(mode).append("; took ").append(Math.round(seconds))
        .append(" s.\n\n| machine | |\n|---|---|\n");
    machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n"));
    for (Table t : tables) {
      md.append("\n## ").append(t.title).append("\n\n| ").append(String.join(" | ", t.columns)).append(" |\n|");
      t.columns.forEach(c -> md.append("---|"));
      md.append('\n');
      for (List<String> row : t.rows) {
        md.append("| ").append(String.join(" | ", row.stream().map(Report::cell).toList())).append(" |\n");
      }
      if (!t.goals.isEmpty()) {
        md.append("\n| goal | measured | met |\n|---|---|---|\n");
        for (Table.Goal g : t.goals) {
          md.append("| ").append(cell(g.goal())).append(" | ").append(cell(g.measured())).append(" | ")
              .append(g.met() ? "yes" : "**no**").append(" |\n");
        }
      }
      md.append('\n');
      t.notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    failures.forEach((s, why) -> md.append("\n## ").append(s).append(": FAILED\n\n```\n").append(why).append("\n```\n"));
    return md.toString();
  }

  private static String cell(String v) {
    return v.replace("|", "\\|");
  }

  /** Plain-text table for the console: columns padded to their widest cell. */
  static String text(Table t) {
    int[] width = new int[t.columns.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(t.columns);
    all.addAll(t.rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size() && i < width.length; i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder(t.title).append('\n');
    for (List<String> row : all) {
      for (int i = 0; i < row.size() && i < width.length; i++) {
        out.append(String.format("%-" + (width[i] + 2) + "s", row.get(i)));
      }
      out.append('\n');
    }
    for (Table.Goal g : t.goals) {
      out.append(g.met() ? "  goal met:     " : "  goal NOT met: ").append(g.goal()).append(" (").append(g.measured()).append(")\n");
    }
    return out.toString();
  }
}
