package io.wawpkit.session.conformance.report;

import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Exchange;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a run's reports: Markdown, one self-contained HTML file, and JUnit XML for CI. */
public final class Reports {
  private Reports() {}

  /** Writes report.md, report.html and junit.xml into the folder; returns the HTML file. */
  public static Path write(Run run, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.md"), markdown(run));
    Files.writeString(dir.resolve("report.html"), html(run));
    Files.writeString(dir.resolve("junit.xml"), junit(run));
    return dir.resolve("report.html");
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

  static String seconds(Run run) {
    return String.format("%.1f s", run.duration().toMillis() / 1000.0);
  }

  /** The findings a report lists, weightiest first, with their headings. */
  private static final Map<Outcome, String> FINDINGS = new java.util.EnumMap<>(Map.of(
      Outcome.FAIL, "Failures", Outcome.WARN, "Warnings", Outcome.NOTICE, "Notices"));

  /** The console summary: operations by outcome, then each failure, warning and notice with its basis. */
  public static String console(Run run) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%n%-40s %5s %5s %5s %6s %5s%n", "operation", "pass", "fail", "warn", "notice", "skip"));
    for (Map.Entry<String, Map<Outcome, Integer>> e : run.byOperation().entrySet()) {
      Map<Outcome, Integer> c = e.getValue();
      sb.append(String.format("%-40s %5d %5d %5d %6d %5d%n", cut(e.getKey(), 40), c.getOrDefault(Outcome.PASS, 0),
          c.getOrDefault(Outcome.FAIL, 0), c.getOrDefault(Outcome.WARN, 0), c.getOrDefault(Outcome.NOTICE, 0),
          c.getOrDefault(Outcome.SKIP, 0)));
    }
    for (Map.Entry<Outcome, String> kind : FINDINGS.entrySet()) {
      List<CheckResult> found = run.results().stream().filter(r -> r.outcome() == kind.getKey()).toList();
      if (found.isEmpty()) {
        continue;
      }
      sb.append(System.lineSeparator()).append(kind.getValue()).append(":").append(System.lineSeparator());
      for (CheckResult f : found) {
        sb.append("- [").append(f.group()).append("] ").append(f.operation()).append(": ").append(f.name()).append(System.lineSeparator())
            .append("    expected: ").append(f.expected()).append(System.lineSeparator())
            .append("    actual:   ").append(f.actual()).append(System.lineSeparator())
            .append("    basis:    ").append(f.grounds()).append(System.lineSeparator());
        if (f.exchange() != null) {
          sb.append("    request:  ").append(f.exchange().request()).append(System.lineSeparator());
        }
      }
    }
    sb.append(System.lineSeparator()).append("Time by group: ");
    run.groupTimes().forEach((g, d) -> sb.append(g).append(' ').append(String.format("%.1f s", d.toMillis() / 1000.0)).append("; "));
    sb.append(System.lineSeparator());
    return sb.toString();
  }

  static String markdown(Run run) {
    StringBuilder sb = new StringBuilder("# Conformance report\n\n");
    sb.append("Target: `").append(run.target().baseUrl()).append("`, profile `").append(run.profile().name().toLowerCase())
        .append("`.\n\n").append(summaryLine(run))
        .append("\n\n| operation | pass | fail | warn | notice | skip |\n|---|---|---|---|---|---|\n");
    run.byOperation().forEach((op, c) -> sb.append("| `").append(op).append("` | ").append(c.getOrDefault(Outcome.PASS, 0))
        .append(" | ").append(c.getOrDefault(Outcome.FAIL, 0)).append(" | ").append(c.getOrDefault(Outcome.WARN, 0))
        .append(" | ").append(c.getOrDefault(Outcome.NOTICE, 0)).append(" | ").append(c.getOrDefault(Outcome.SKIP, 0)).append(" |\n"));
    for (Outcome o : List.of(Outcome.FAIL, Outcome.WARN, Outcome.NOTICE, Outcome.SKIP)) {
      List<CheckResult> rs = run.results().stream().filter(r -> r.outcome() == o).toList();
      if (rs.isEmpty()) {
        continue;
      }
      sb.append("\n## ").append(FINDINGS.getOrDefault(o, "Skipped")).append("\n\n");
      for (CheckResult r : rs) {
        sb.append("- **").append(r.group()).append(" / `").append(r.operation()).append("`**: ").append(r.name()).append("\n");
        if (o == Outcome.SKIP) {
          sb.append("  - why: ").append(r.actual()).append("\n");
          continue;
        }
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
    return sb.toString();
  }

  static String html(Run run) {
    StringBuilder rows = new StringBuilder();
    run.byOperation().forEach((op, c) -> rows.append("<tr><td><code>").append(esc(op)).append("</code></td>")
        .append(cell(c, Outcome.PASS)).append(cell(c, Outcome.FAIL)).append(cell(c, Outcome.WARN)).append(cell(c, Outcome.NOTICE))
        .append(cell(c, Outcome.SKIP))
        .append("</tr>\n"));
    StringBuilder details = new StringBuilder();
    for (CheckResult r : run.results()) {
      if (r.outcome() == Outcome.PASS) {
        continue;
      }
      details.append("<div class='check ").append(r.outcome().name().toLowerCase()).append("'><h3>")
          .append(r.outcome()).append(" &middot; ").append(esc(r.group())).append(" &middot; <code>").append(esc(r.operation()))
          .append("</code></h3><p>").append(esc(r.name())).append("</p><dl>");
      if (r.outcome() != Outcome.SKIP) {
        details.append("<dt>expected</dt><dd>").append(esc(r.expected())).append("</dd>");
      }
      details.append("<dt>").append(r.outcome() == Outcome.SKIP ? "why" : "actual").append("</dt><dd>").append(esc(r.actual())).append("</dd>");
      if (r.outcome() != Outcome.SKIP) {
        details.append("<dt>basis</dt><dd class='basis'>").append(esc(r.grounds())).append("</dd>");
      }
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
      details.append("</dl></div>\n");
    }
    return "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wawp conformance report</title><style>"
        + "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}"
        + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}td:first-child{text-align:left}"
        + ".n0{color:#bbb}.fail{border-left:.4em solid #c0392b}.warn{border-left:.4em solid #e6a23c}"
        + ".notice{border-left:.4em solid #3a7bd5}.skip{border-left:.4em solid #999}.check{padding:.2em 1em;margin:1em 0;background:#fafafa}"
        + "pre{white-space:pre-wrap;word-break:break-all;background:#f0f0f0;padding:.4em}dt{font-weight:bold}"
        + "</style></head><body><h1>Wawp conformance report</h1><p>Target <code>" + esc(run.target().baseUrl().toString())
        + "</code>, profile <code>" + run.profile().name().toLowerCase() + "</code>.</p><p id='summary'>" + esc(summaryLine(run))
        + "</p><h2>Operations</h2><table id='operations'><tr><th>operation</th><th>pass</th><th>fail</th><th>warn</th><th>notice</th><th>skip</th></tr>\n"
        + rows + "</table><h2>Failures, warnings, notices and skipped checks</h2>\n" + details + "</body></html>\n";
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

  private static String cell(Map<Outcome, Integer> c, Outcome o) {
    int n = c.getOrDefault(o, 0);
    return "<td class='" + (n == 0 ? "n0" : o.name().toLowerCase()) + "'>" + n + "</td>";
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
