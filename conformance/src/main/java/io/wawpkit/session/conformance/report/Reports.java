package io.wawpkit.session.conformance.report;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Exchange;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a run's reports: Markdown, one self-contained HTML file, and JUnit XML for CI. The HTML
 * report opens on the verdict and the failures, each linked to its details; every summary (console,
 * Markdown, HTML) folds the one-line checks of undocumented methods into one row per path and lists
 * skipped checks grouped by their reason. What they print is masked already (see the engine's
 * Results): no report holds a secret.
 */
public final class Reports {
  private Reports() {}

  /** Writes report.md, report.html and junit.xml into the folder; returns the HTML file. */
  public static Path write(Run run, Path dir) throws IOException {
    return write(run, dir, null);
  }

  /**
   * Writes report.md and report.html into the folder and the JUnit XML to {@code junitXml} (its
   * folders made as needed; {@code junit.xml} in the folder when null); returns the HTML file.
   */
  public static Path write(Run run, Path dir, Path junitXml) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.md"), markdown(run));
    Files.writeString(dir.resolve("report.html"), html(run));
    Path junit = junitPath(dir, junitXml);
    if (junit.toAbsolutePath().getParent() != null) {
      Files.createDirectories(junit.toAbsolutePath().getParent());
    }
    Files.writeString(junit, junit(run));
    return dir.resolve("report.html");
  }

  /** Where the JUnit XML goes: the given file, or junit.xml in the report folder. */
  public static Path junitPath(Path dir, Path junitXml) {
    return junitXml == null ? dir.resolve("junit.xml") : junitXml;
  }

  /** The closing summary line (whole groups skipped do not fail the run). */
  public static String summaryLine(Run run) {
    return summaryLine(run, false);
  }

  /**
   * The closing summary line: with {@code failOnSkip}, a run with whole groups skipped does not
   * pass, and the line says why rather than "conformant".
   */
  public static String summaryLine(Run run, boolean failOnSkip) {
    String groups = String.join(", ", run.skippedGroups());
    String verdict;
    String skipped = "";
    if (run.outOfTime()) {
      // Cut short: what ran is reported, but a run that did not finish has no "conformant" verdict.
      verdict = (run.conformant() ? "no verdict" : "NOT conformant") + ": the time budget ran out before every check ran (--max-time)";
    } else if (!run.conformant()) {
      verdict = "NOT conformant";
      skipped = run.skippedGroups().isEmpty() ? "" : "; whole groups skipped: " + groups;
    } else if (!run.passes(failOnSkip)) {
      verdict = "FAILED because whole groups were skipped (--fail-on-skip): " + groups;
    } else {
      verdict = "conformant";
      skipped = run.skippedGroups().isEmpty() ? "" : "; whole groups skipped: " + groups;
    }
    return "conformance" + (run.strict() ? " (strict)" : "") + ": " + run.count(Outcome.PASS) + " passed, "
        + run.count(Outcome.FAIL) + " failed, " + run.count(Outcome.WARN) + " warned, " + run.count(Outcome.NOTICE) + " noted, "
        + run.count(Outcome.SKIP) + " skipped (" + run.requests() + " requests, " + seconds(run) + "): " + verdict + skipped;
  }

  /**
   * What a run cut short by its time budget says, in one line: how many checks ran and what they
   * found ({@code the time budget of 1 min ran out after 212 checks (no failure so far); ...}).
   */
  public static String outOfTime(Run run, java.time.Duration budget) {
    return "the time budget of " + io.wawpkit.session.conformance.engine.Context.inWords(budget) + " ran out after "
        + run.results().size() + " checks (" + (run.conformant() ? "no failure so far" : run.count(Outcome.FAIL) + " failed")
        + "); the checks not run are reported as skipped";
  }

  static String seconds(Run run) {
    return String.format("%.1f s", run.duration().toMillis() / 1000.0);
  }

  /** The findings a report lists, weightiest first, with their headings. */
  private static final Map<Outcome, String> FINDINGS = new java.util.EnumMap<>(Map.of(
      Outcome.FAIL, "Failures", Outcome.WARN, "Warnings", Outcome.NOTICE, "Notices"));

  /** The operation of a check of an undocumented method: the method and the path ({@code PATCH /session/info}). */
  private static final Pattern UNDOCUMENTED = Pattern.compile("([A-Z]+) (/\\S*)");

  /**
   * One row of an operations table: an operation, or the undocumented methods tried on one path.
   *
   * @param operation the operationId (or area), or the path for undocumented methods
   * @param methods the undocumented methods tried on the path, in the order tried; empty for an operation
   * @param counts the checks' outcomes
   * @param firstFailure the anchor of the row's first failing check, or null
   */
  record Row(String operation, List<String> methods, Map<Outcome, Integer> counts, String firstFailure) {
    boolean undocumented() {
      return !methods.isEmpty();
    }

    /** The row in words: the operation, or {@code /session/info, undocumented: PUT, PATCH}. */
    String label() {
      return undocumented() ? operation + ", undocumented: " + String.join(", ", methods) : operation;
    }

    int count(Outcome o) {
      return counts.getOrDefault(o, 0);
    }
  }

  /** The operations table's rows in first-seen order, the undocumented methods of each path in one row. */
  static List<Row> rows(Run run) {
    Map<String, List<String>> methods = new LinkedHashMap<>();
    Map<String, Map<Outcome, Integer>> counts = new LinkedHashMap<>();
    Map<String, String> firstFailure = new LinkedHashMap<>();
    List<CheckResult> all = run.results();
    for (int i = 0; i < all.size(); i++) {
      CheckResult r = all.get(i);
      Matcher m = UNDOCUMENTED.matcher(r.operation());
      String key = m.matches() ? m.group(2) : r.operation();
      String kind = (m.matches() ? "path " : "operation ") + key;
      List<String> ms = methods.computeIfAbsent(kind, k -> new ArrayList<>());
      if (m.matches() && !ms.contains(m.group(1))) {
        ms.add(m.group(1));
      }
      counts.computeIfAbsent(kind, k -> new EnumMap<>(Outcome.class)).merge(r.outcome(), 1, Integer::sum);
      if (r.outcome() == Outcome.FAIL) {
        firstFailure.putIfAbsent(kind, anchor(i));
      }
    }
    List<Row> rows = new ArrayList<>();
    methods.forEach((kind, ms) -> rows.add(new Row(kind.substring(kind.indexOf(' ') + 1), List.copyOf(ms), counts.get(kind),
        firstFailure.get(kind))));
    return rows;
  }

  /** The checks skipped for one reason. */
  record Skips(String reason, List<CheckResult> checks) {}

  /** The skipped checks grouped by their reason, in first-seen order. */
  static List<Skips> skipsByReason(Run run) {
    Map<String, List<CheckResult>> byReason = new LinkedHashMap<>();
    run.results().stream().filter(r -> r.outcome() == Outcome.SKIP)
        .forEach(r -> byReason.computeIfAbsent(String.valueOf(r.actual()), k -> new ArrayList<>()).add(r));
    List<Skips> out = new ArrayList<>();
    byReason.forEach((reason, checks) -> out.add(new Skips(reason, List.copyOf(checks))));
    return out;
  }

  /**
   * The console summary: operations by outcome, then each failure, warning and notice with its
   * basis, then the skipped checks, one line per reason.
   */
  public static String console(Run run) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    List<Row> rows = rows(run);
    int width = Math.min(60, Math.max(40, rows.stream().mapToInt(r -> r.label().length()).max().orElse(0)));
    String line = "%-" + width + "s %5s %5s %5s %6s %5s%n";
    sb.append(nl).append(String.format(line, "operation", "pass", "fail", "warn", "notice", "skip"));
    for (Row r : rows) {
      sb.append(String.format(line.replace("%5s", "%5d").replace("%6s", "%6d"), cut(r.label(), width), r.count(Outcome.PASS),
          r.count(Outcome.FAIL), r.count(Outcome.WARN), r.count(Outcome.NOTICE), r.count(Outcome.SKIP)));
    }
    for (Map.Entry<Outcome, String> kind : FINDINGS.entrySet()) {
      List<CheckResult> found = run.results().stream().filter(r -> r.outcome() == kind.getKey()).toList();
      if (found.isEmpty()) {
        continue;
      }
      sb.append(nl).append(kind.getValue()).append(":").append(nl);
      for (CheckResult f : found) {
        sb.append("- [").append(f.group()).append("] ").append(f.operation()).append(": ").append(f.name()).append(nl)
            .append(evidence(f, "    "));
      }
    }
    List<Skips> skips = skipsByReason(run);
    if (!skips.isEmpty()) {
      sb.append(nl).append("Skipped (").append(run.count(Outcome.SKIP)).append(run.count(Outcome.SKIP) == 1 ? " check" : " checks")
          .append(", by reason):").append(nl);
      for (Skips s : skips) {
        sb.append("- ").append(who(s.checks())).append(": ").append(s.reason()).append(nl);
      }
    }
    sb.append(nl).append("Time by group: ");
    run.groupTimes().forEach((g, d) -> sb.append(g).append(' ').append(String.format("%.1f s", d.toMillis() / 1000.0)).append("; "));
    sb.append(nl);
    return sb.toString();
  }

  /**
   * A finding's evidence as the console shows it, a line each, every line indented: what the
   * contract expects, what came back, the basis (the docs' quote or the position's reason) and the
   * request line. Masked, as everything the reports show (see the engine's Results).
   */
  public static String evidence(CheckResult f, String indent) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder()
        .append(indent).append("expected: ").append(f.expected()).append(nl)
        .append(indent).append("actual:   ").append(f.actual()).append(nl)
        .append(indent).append("basis:    ").append(f.grounds()).append(nl);
    if (f.exchange() != null) {
      sb.append(indent).append("request:  ").append(f.exchange().request()).append(nl);
    }
    return sb.toString();
  }

  /** Which checks a reason skipped, in few words: the one check, or how many and in which groups. */
  private static String who(List<CheckResult> checks) {
    if (checks.size() == 1) {
      CheckResult c = checks.get(0);
      return "[" + c.group() + "] " + c.operation();
    }
    return checks.size() + " checks in " + String.join(", ", checks.stream().map(CheckResult::group).distinct().toList());
  }

  static String markdown(Run run) {
    StringBuilder sb = new StringBuilder("# Conformance report\n\n");
    sb.append("Target: `").append(run.target().baseUrl()).append("`, profile `").append(run.profile().name().toLowerCase())
        .append("`.\n\n").append(summaryLine(run))
        .append("\n\n| operation | pass | fail | warn | notice | skip |\n|---|---|---|---|---|---|\n");
    for (Row r : rows(run)) {
      sb.append("| `").append(r.operation()).append('`').append(r.undocumented() ? ", undocumented: " + String.join(", ", r.methods()) : "")
          .append(" | ").append(r.count(Outcome.PASS)).append(" | ").append(r.count(Outcome.FAIL)).append(" | ")
          .append(r.count(Outcome.WARN)).append(" | ").append(r.count(Outcome.NOTICE)).append(" | ").append(r.count(Outcome.SKIP))
          .append(" |\n");
    }
    for (Outcome o : List.of(Outcome.FAIL, Outcome.WARN, Outcome.NOTICE)) {
      List<CheckResult> rs = run.results().stream().filter(r -> r.outcome() == o).toList();
      if (rs.isEmpty()) {
        continue;
      }
      sb.append("\n## ").append(FINDINGS.get(o)).append("\n\n");
      for (CheckResult r : rs) {
        sb.append("- **").append(r.group()).append(" / `").append(r.operation()).append("`**: ").append(r.name()).append("\n");
        sb.append("  - expected: ").append(r.expected()).append("\n  - actual: ").append(r.actual()).append("\n")
            .append("  - basis: ").append(r.grounds()).append("\n");
        Exchange x = r.exchange();
        if (x != null) {
          sb.append("  - request: `").append(x.request()).append("`\n");
          if (x.body() != null) {
            sb.append("  - answer: ").append(x.status()).append(" `").append(x.body().replace("`", "'")).append("`\n");
          }
        }
      }
    }
    List<Skips> skips = skipsByReason(run);
    if (!skips.isEmpty()) {
      sb.append("\n## Skipped\n\n");
      for (Skips s : skips) {
        sb.append("- why: ").append(s.reason()).append(" (").append(s.checks().size()).append(")\n");
        for (CheckResult r : s.checks()) {
          sb.append("  - ").append(r.group()).append(" / `").append(r.operation()).append("`: ").append(r.name()).append("\n");
        }
      }
    }
    return sb.toString();
  }

  /** The id of a check's details in the HTML report, by its place among the run's results. */
  private static String anchor(int index) {
    return "check-" + (index + 1);
  }

  static String html(Run run) {
    List<CheckResult> all = run.results();
    StringBuilder rows = new StringBuilder();
    for (Row r : rows(run)) {
      rows.append("<tr").append(r.undocumented() ? " class='undocumented'" : "").append("><td><code>").append(esc(r.operation()))
          .append("</code>");
      if (r.undocumented()) {
        rows.append(" undocumented methods: ").append(esc(String.join(", ", r.methods())));
      }
      rows.append("</td>").append(cell(r, Outcome.PASS)).append(cell(r, Outcome.FAIL)).append(cell(r, Outcome.WARN))
          .append(cell(r, Outcome.NOTICE)).append(cell(r, Outcome.SKIP)).append("</tr>\n");
    }
    StringBuilder details = new StringBuilder();
    // The failures of the undocumented methods of a path are one item, a link per method.
    Map<String, List<String>> failures = new LinkedHashMap<>();
    for (Outcome o : List.of(Outcome.FAIL, Outcome.WARN, Outcome.NOTICE)) {
      if (run.count(o) == 0) {
        continue;
      }
      details.append("<h2 id='").append(o.name().toLowerCase()).append("s'>").append(FINDINGS.get(o)).append(" (")
          .append(run.count(o)).append(")</h2>\n");
      for (int i = 0; i < all.size(); i++) {
        CheckResult r = all.get(i);
        if (r.outcome() != o) {
          continue;
        }
        if (o == Outcome.FAIL) {
          Matcher m = UNDOCUMENTED.matcher(r.operation());
          if (m.matches()) {
            failures.computeIfAbsent(esc(r.group()) + " &middot; <code>" + esc(m.group(2)) + "</code>: " + esc(r.name()) + ":",
                k -> new ArrayList<>()).add("<a href='#" + anchor(i) + "'>" + esc(m.group(1)) + "</a>");
          } else {
            failures.put("<a href='#" + anchor(i) + "'>" + esc(r.group()) + " &middot; <code>" + esc(r.operation()) + "</code>: "
                + esc(r.name()) + "</a>", List.of());
          }
        }
        details.append(check(r, anchor(i)));
      }
    }
    List<String> others = new ArrayList<>();
    for (Outcome o : List.of(Outcome.WARN, Outcome.NOTICE, Outcome.SKIP)) {
      if (run.count(o) > 0) {
        others.add("<a href='#" + (o == Outcome.SKIP ? "skipped" : o.name().toLowerCase() + "s") + "'>" + run.count(o) + " "
            + (o == Outcome.SKIP ? "skipped" : o == Outcome.WARN ? "warned" : "noted") + "</a>");
      }
    }
    StringBuilder skipped = new StringBuilder();
    List<Skips> skips = skipsByReason(run);
    if (!skips.isEmpty()) {
      skipped.append("<h2 id='skipped'>Skipped (").append(run.count(Outcome.SKIP)).append("), by reason</h2>\n");
      for (Skips s : skips) {
        skipped.append("<details class='check skip'><summary>").append(s.checks().size()).append(" &times; ").append(esc(s.reason()))
            .append("</summary><ul>");
        s.checks().forEach(r -> skipped.append("<li>").append(esc(r.group())).append(" &middot; <code>").append(esc(r.operation()))
            .append("</code>: ").append(esc(r.name())).append("</li>"));
        skipped.append("</ul></details>\n");
      }
    }
    boolean conformant = run.conformant();
    return "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wawp conformance report</title><style>"
        + "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}"
        + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}td:first-child{text-align:left}"
        + ".n0{color:#bbb}.fail{border-left:.4em solid #c0392b}.warn{border-left:.4em solid #e6a23c}"
        + ".notice{border-left:.4em solid #3a7bd5}.skip{border-left:.4em solid #999}.check{padding:.2em 1em;margin:1em 0;background:#fafafa}"
        + "pre{white-space:pre-wrap;word-break:break-all;background:#f0f0f0;padding:.4em}dt{font-weight:bold}"
        + "#verdict{font-size:1.2em;padding:.5em 1em}#verdict.conformant{background:#e8f5e9}#verdict.not{background:#fdecea}"
        + ":target{outline:2px solid #c0392b}summary{cursor:pointer}"
        + "</style></head><body><h1>Wawp conformance report</h1><p id='verdict' class='" + (conformant ? "conformant" : "not") + "'><strong>"
        + (conformant ? "Conformant" : "NOT conformant") + "</strong>: " + run.count(Outcome.FAIL) + " failed"
        + (others.isEmpty() ? "" : ", " + String.join(", ", others)) + ".</p><p id='summary'>" + esc(summaryLine(run))
        + "</p><p>Target <code>" + esc(run.target().baseUrl().toString())
        + "</code>, profile <code>" + run.profile().name().toLowerCase() + "</code>.</p>"
        + (failures.isEmpty() ? "<p id='failure-list'>No check failed.</p>\n" : "<h2>What failed</h2><ol id='failure-list'>\n"
            + failures.entrySet().stream().map(f -> "<li>" + f.getKey() + (f.getValue().isEmpty() ? "" : " " + String.join(", ", f.getValue()))
                + "</li>\n").collect(java.util.stream.Collectors.joining()) + "</ol>\n")
        + "<h2>Operations</h2><table id='operations'><tr><th>operation</th><th>pass</th><th>fail</th><th>warn</th><th>notice</th><th>skip</th></tr>\n"
        + rows + "</table>\n" + details + skipped + "</body></html>\n";
  }

  /** One failure, warning or notice in full, under its anchor. */
  private static String check(CheckResult r, String anchor) {
    StringBuilder details = new StringBuilder();
    details.append("<div class='check ").append(r.outcome().name().toLowerCase()).append("' id='").append(anchor).append("'><h3>")
        .append(r.outcome()).append(" &middot; ").append(esc(r.group())).append(" &middot; <code>").append(esc(r.operation()))
        .append("</code></h3><p>").append(esc(r.name())).append("</p><dl>");
    details.append("<dt>expected</dt><dd>").append(esc(r.expected())).append("</dd>");
    details.append("<dt>actual</dt><dd>").append(esc(r.actual())).append("</dd>");
    details.append("<dt>basis</dt><dd class='basis'>").append(esc(r.grounds())).append("</dd>");
    Exchange x = r.exchange();
    if (x != null) {
      details.append("<dt>request</dt><dd><code>").append(esc(x.request())).append("</code></dd>");
      if (x.requestBody() != null) {
        details.append("<dt>request body</dt><dd><pre>").append(esc(x.requestBody())).append("</pre></dd>");
      }
      details.append("<dt>answer</dt><dd>HTTP ").append(x.status()).append(" ").append(esc(String.valueOf(x.contentType())))
          .append("<pre>").append(esc(String.valueOf(x.body()))).append("</pre></dd>");
      if (!x.contractErrors().isEmpty()) {
        details.append("<dt>contract</dt><dd><ul>");
        x.contractErrors().forEach(e -> details.append("<li>").append(esc(e)).append("</li>"));
        details.append("</ul></dd>");
      }
    }
    return details.append("</dl></div>\n").toString();
  }

  static String junit(Run run) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuite name=\"wawp-conformance\" tests=\"").append(run.results().size()).append("\" failures=\"")
        .append(run.count(Outcome.FAIL)).append("\" skipped=\"").append(run.count(Outcome.SKIP)).append("\" time=\"")
        .append(run.duration().toMillis() / 1000.0).append("\">\n");
    for (CheckResult r : run.results()) {
      sb.append("  <testcase classname=\"").append(esc(r.group() + "." + r.operation())).append("\" name=\"").append(esc(r.name())).append("\"");
      switch (r.outcome()) {
        case FAIL -> sb.append("><failure message=\"").append(esc(r.actual())).append("\">expected: ").append(esc(r.expected()))
            .append("\nactual: ").append(esc(r.actual())).append("\nbasis: ").append(esc(r.grounds()))
            .append(r.exchange() == null ? "" : "\nrequest: " + esc(r.exchange().request()))
            .append("</failure></testcase>\n");
        case SKIP -> sb.append("><skipped message=\"").append(esc(r.actual())).append("\"/></testcase>\n");
        case WARN, NOTICE -> sb.append("><system-out>").append(r.outcome() == Outcome.WARN ? "warning" : "notice").append(": ")
            .append(esc(r.actual())).append("\nbasis: ").append(esc(r.grounds())).append("</system-out></testcase>\n");
        case PASS -> sb.append("/>\n");
      }
    }
    return sb.append("</testsuite>\n").toString();
  }

  private static String cell(Row r, Outcome o) {
    int n = r.count(o);
    String shown = o == Outcome.FAIL && r.firstFailure() != null ? "<a href='#" + r.firstFailure() + "'>" + n + "</a>" : String.valueOf(n);
    return "<td class='" + (n == 0 ? "n0" : o.name().toLowerCase()) + "'>" + shown + "</td>";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    // Answers are the target's text: drop what XML 1.0 cannot carry (control characters, lone surrogates).
    StringBuilder clean = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
        .forEach(clean::appendCodePoint);
    return clean.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }
}
