package io.wawpkit.session.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 5: the conformance suite's wall time and request count against the embedded mock (its
 * default) and against the mock jar as a separate process, with its own per-group times.
 */
final class SuiteRuns {
  private static final Pattern SUMMARY = Pattern.compile(
      "conformance(?: \\(strict\\))?: (\\d+) passed, (\\d+) failed, (\\d+) warned, \\d+ noted, (\\d+) skipped \\((\\d+) requests, ([0-9.]+) s\\): (.+)");
  private static final Pattern GROUP = Pattern.compile("(\\w+) ([0-9.]+) s");
  /** The exploration's tally line ({@code explore: 12 sequences, 80 steps in 4.0 s (20 steps/s), seed ...}). */
  private static final Pattern EXPLORE = Pattern.compile("explore: (\\d+) sequences, (\\d+) steps in ([0-9.]+) s \\((\\d+) steps/s\\)");

  private final Tools tools;
  private final Settings settings;

  SuiteRuns(Tools tools, Settings settings) {
    this.tools = tools;
    this.settings = settings;
  }

  /** One run's figures. */
  record Run(double wallSeconds, double suiteSeconds, long requests, String verdict, String counts,
      Map<String, Double> groups, double exploreSteps, double exploreStepsPerSecond) {}

  Table run() {
    // The quick mode only proves both paths work: the shape checks, not the whole suite.
    String profile = settings.quick() ? "shape" : "all";
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    for (int round = 0; round < settings.rounds(); round++) {
      runs.computeIfAbsent("embedded mock", k -> new ArrayList<>()).add(embedded(profile));
      runs.computeIfAbsent("mock jar, separate process", k -> new ArrayList<>()).add(againstJar(profile));
    }
    Table t = new Table("suite", "5. The conformance suite (profile " + profile + ")",
        List.of("target", "wall s", "suite s", "requests", "ms/request", "time by group (s)", "result"));
    double worst = 0;
    for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
      List<Run> rs = e.getValue();
      double wall = Stats.median(rs.stream().map(Run::wallSeconds).toList());
      double suite = Stats.median(rs.stream().map(Run::suiteSeconds).toList());
      double requests = Stats.median(rs.stream().map(r -> (double) r.requests()).toList());
      Map<String, Double> groups = new LinkedHashMap<>();
      for (String g : rs.get(0).groups().keySet()) {
        groups.put(g, Stats.median(rs.stream().map(r -> r.groups().getOrDefault(g, Double.NaN)).toList()));
      }
      StringBuilder byGroup = new StringBuilder();
      groups.forEach((g, s) -> byGroup.append(byGroup.length() == 0 ? "" : "; ").append(g).append(' ').append(Stats.num(s)));
      Run last = rs.get(rs.size() - 1);
      t.row(e.getKey(), Stats.num(wall), Stats.num(suite), Stats.num(requests), Stats.num(suite * 1000 / requests),
          byGroup.toString(), last.counts() + ": " + last.verdict());
      worst = Math.max(worst, wall);
      t.samples.put(e.getKey(), rs);
    }
    for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
      List<Double> rates = e.getValue().stream().map(Run::exploreStepsPerSecond).filter(r -> !r.isNaN()).toList();
      if (!rates.isEmpty()) {
        t.note("Exploration (" + e.getKey() + "): " + Stats.num(Stats.median(e.getValue().stream().map(Run::exploreSteps).toList()))
            + " steps at " + Stats.num(Stats.median(rates)) + " steps/s (its default budget in profile all: 300 steps or 4 s; "
            + "each step waits for the model's moves to settle, so boots of 300 ms dominate).");
      }
    }
    t.goal("the full suite under 30 s (wall, both targets)",
        settings.quick() ? "not judged: the quick mode runs only the shape profile" : Stats.num(worst) + " s",
        worst < 30 && !settings.quick());
    t.note("Wall: process launch to exit (JVM start, the embedded mock's start where it applies, the checks, the "
        + "reports). Suite s, requests and the per-group times are the suite's own figures. The lifecycle group is "
        + "where the suite waits for asynchronous moves (STARTING lasts 300 ms on both targets; the jar's simulated "
        + "person scans 1 s after the QR shows).");
    t.note("Mock jar run: --starting-duration 300ms --qr-rotation 5s --auto-scan-after 1s (at 200 ms the person scans before the suite has looked at SCAN_QR_CODE, and it reports 3 departures), suite with "
        + "--other-access-token (tenancy) and --await-scan 10s. " + settings.mode() + ".");
    return t;
  }

  private Run embedded(String profile) {
    return suite(List.of("--profile", profile, "--report", tools.work("suite-embedded").toString()));
  }

  private Run againstJar(String profile) {
    try (Server mock = new Launch(tools).ours("our mock for the suite", List.of(),
        "--starting-duration", "300ms", "--qr-rotation", "5s", "--auto-scan-after", "1s")) {
      return suite(List.of("--base-url", mock.origin() + "/v2", "--access-token", Launch.PAID_TOKEN,
          "--other-access-token", "demo-other-token", "--await-scan", "10s", "--profile", profile,
          "--report", tools.work("suite-jar").toString()));
    }
  }

  private Run suite(List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(tools.java.toString(), "-jar", tools.conformanceJar().toString()));
    cmd.addAll(args);
    try (Proc p = Proc.start("conformance suite", cmd, tools.work("logs").resolve("suite.log"))) {
      if (!p.await(300)) {
        throw new IllegalStateException("the suite did not finish in 300 s:\n" + Http.tail(p.output()));
      }
      double wall = (System.nanoTime() - p.launchedNanos) / 1e9;
      String out = p.output();
      Matcher m = SUMMARY.matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("the suite printed no summary line:\n" + Http.tail(out));
      }
      Map<String, Double> groups = new LinkedHashMap<>();
      for (String line : out.split("\n")) {
        if (line.startsWith("Time by group:")) {
          Matcher g = GROUP.matcher(line);
          while (g.find()) {
            groups.put(g.group(1), Double.parseDouble(g.group(2)));
          }
        }
      }
      String counts = m.group(1) + " passed, " + m.group(2) + " failed, " + m.group(4) + " skipped";
      Matcher x = EXPLORE.matcher(out);
      boolean explored = x.find();
      return new Run(wall, Double.parseDouble(m.group(6)), Long.parseLong(m.group(5)), m.group(7).trim(), counts, groups,
          explored ? Double.parseDouble(x.group(2)) : Double.NaN, explored ? Double.parseDouble(x.group(4)) : Double.NaN);
    }
  }
}
