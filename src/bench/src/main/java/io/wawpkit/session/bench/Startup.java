package io.wawpkit.session.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 4: from process launch to the first answered request, for our mock's jar (without and
 * with the class-data-sharing archive scripts/mock keeps), WireMock, Prism, the bare JDK server (for
 * reference), and the embedded mock inside a JUnit 5 test next to WireMock's JUnit extension (also
 * from the test class's load to its first answer); resident memory at the same -Xmx, and whether a
 * load run makes the heap grow (a request log would).
 */
final class Startup {
  private static final Pattern PROBE = Pattern.compile(EmbeddedStartupProbe.MARKER + " status=(\\d+) uptimeMs=(\\d+) inTestMs=(\\d+)");
  private static final Pattern SECOND = Pattern.compile("secondMs=(\\d+)");

  private static final String EMBEDDED = "embedded mock in a JUnit 5 test";
  private static final String WIREMOCK_JUNIT = "WireMock 3.13.2 JUnit 5 extension";

  private final Tools tools;
  private final Settings settings;

  Startup(Tools tools, Settings settings) {
    this.tools = tools;
    this.settings = settings;
  }

  Table run() {
    Launch launch = new Launch(tools);
    String xmx = "-Xmx" + settings.heap();
    Path archive = cdsArchive(launch, xmx);
    List<String> cds = List.of(xmx, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off");
    List<String> names = List.of("our mock jar", "our mock jar + CDS", "WireMock 3.13.2", "Prism", "bare JDK server",
        EMBEDDED, WIREMOCK_JUNIT);
    Map<String, List<Double>> startup = new LinkedHashMap<>();
    Map<String, List<Double>> rss = new LinkedHashMap<>();
    Map<String, String> after = new LinkedHashMap<>();
    Map<String, List<Double>> inTest = new LinkedHashMap<>();
    List<Double> second = new ArrayList<>();
    Wrk wrk = new Wrk(tools);
    for (int round = 0; round < settings.rounds(); round++) {
      boolean last = round == settings.rounds() - 1;
      // Interleaved: ours, peer, ours, peer...
      for (String name : names) {
        if (name.equals(EMBEDDED) || name.equals(WIREMOCK_JUNIT)) {
          boolean ours = name.equals(EMBEDDED);
          double[] probe = ours ? embedded(EmbeddedMockProbe.class.getName(), null)
              : embedded(WireMockJUnitProbe.class.getName(), tools.wireMockJar());
          startup.computeIfAbsent(name, k -> new ArrayList<>()).add(probe[0]);
          inTest.computeIfAbsent(name, k -> new ArrayList<>()).add(probe[1]);
          if (ours) {
            second.add(probe[2]);
          }
          continue;
        }
        try (Server s = switch (name) {
          case "our mock jar" -> launch.ours(name, List.of(xmx));
          case "our mock jar + CDS" -> launch.ours(name, cds);
          case "WireMock 3.13.2" -> launch.wireMock(settings.heap());
          case "Prism" -> launch.prism();
          default -> launch.bare(settings.heap());
        }) {
          startup.computeIfAbsent(name, k -> new ArrayList<>()).add(s.startupMillis());
          rss.computeIfAbsent(name, k -> new ArrayList<>()).add(s.proc().rssMb());
          if (last && (name.equals("our mock jar") || name.startsWith("WireMock"))) {
            after.put(name, loadRun(name.startsWith("our") ? Launch.withWorkingSession(s) : s, wrk));
          }
        }
      }
    }
    Table t = new Table("startup", "4. Start-up and memory",
        List.of("server", "launch → first answer ms", "÷ ours (CDS)", "JUnit: class load → first answer ms",
            "RSS at first answer MB", "after a load run"));
    double best = Stats.median(startup.get("our mock jar + CDS"));
    for (String name : names) {
      double ms = Stats.median(startup.get(name));
      t.row(name, Stats.num(ms), Stats.times(Stats.ratio(ms, best)),
          inTest.containsKey(name) ? Stats.num(Stats.median(inTest.get(name))) : "",
          rss.containsKey(name) ? Stats.num(Stats.median(rss.get(name))) : "n/a", after.getOrDefault(name, ""));
    }
    t.samples.put("startupMillis", startup);
    t.samples.put("rssMb", rss);
    t.samples.put("embeddedInTestMillis", inTest.get(EMBEDDED));
    t.samples.put("wireMockJUnitInTestMillis", inTest.get(WIREMOCK_JUNIT));
    t.samples.put("embeddedSecondMockMillis", second);
    double plain = Stats.median(startup.get("our mock jar"));
    double wm = Stats.median(startup.get("WireMock 3.13.2"));
    double prism = Stats.median(startup.get("Prism"));
    t.goal("our jar under 1 s (with the CDS archive scripts/mock keeps)", Stats.num(best) + " ms", best < 1000);
    t.goal("our jar under 1 s (plain java -jar, no archive)", Stats.num(plain) + " ms", plain < 1000);
    t.goal("ahead of WireMock and Prism", Stats.times(Stats.ratio(wm, best)) + " / " + Stats.times(Stats.ratio(prism, best))
        + " their time", best < wm && best < prism);
    t.goal("stretch: 0.5 s", Stats.num(best) + " ms", best < 500);
    double junit = Stats.median(inTest.get(EMBEDDED));
    double wmJunit = Stats.median(inTest.get(WIREMOCK_JUNIT));
    t.goal("JUnit start: the first mock in a JVM, class load → first answer, 0.5 s", Stats.num(junit) + " ms", junit < 500);
    t.goal("JUnit start next to WireMock's JUnit extension (the same measure)",
        Stats.num(junit) + " ms vs " + Stats.num(wmJunit) + " ms (" + Stats.times(Stats.ratio(junit, wmJunit)) + ")", junit <= wmJunit);
    t.note("Launch → first answer: from starting the process (java -jar, node) to the first 2xx answer to a real API "
        + "request (ours: POST /session/create; peers: GET /session/info), polled every 5 ms. JUnit rows: a fresh JVM "
        + "running a JUnit 5 class through the JUnit Platform launcher (as a build tool does), ours with "
        + "WawpMockExtension.fast() (every request validated against the spec), WireMock's with its WireMockExtension "
        + "(dynamic port, journal off) and one stub for the same POST /v2/session/create; \"class load → first answer\" "
        + "runs from the test class's static initialiser to the answer of its first request (java.net.http client). A "
        + "second mock of ours in the same JVM (next test class, spec and validator cached): "
        + Stats.num(Stats.median(second)) + " ms.");
    t.note("Every JVM server runs with -Xmx" + settings.heap() + "; Prism is Node (no -Xmx). The CDS archive is made "
        + "the way scripts/mock makes it (-XX:ArchiveClassesAtExit on a first run). \"after a load run\": "
        + settings.loadSeconds() + " s of wrk at 16 connections on info; a request log would grow the heap (our mock "
        + "keeps none; WireMock's is off here with --no-request-journal). " + settings.mode() + ".");
    return t;
  }

  /** Heap after GC and RSS, before and after a load run: a growing request log would show. */
  private String loadRun(Server s, Wrk wrk) {
    double before = s.proc().heapAfterGcMb(tools);
    Wrk.Result r = wrk.get(s.url("info"), 16, settings.loadSeconds());
    double afterHeap = s.proc().heapAfterGcMb(tools);
    return String.format("%,d requests: heap after GC %s → %s MB, RSS %s MB", r.requests(), Stats.num(before),
        Stats.num(afterHeap), Stats.num(s.proc().rssMb()));
  }

  /**
   * Runs a JUnit probe class in a fresh JVM, with {@code extra} on the class path when given:
   * {launch → first answer, in-test ms, second mock ms (ours only)}.
   */
  private double[] embedded(String probe, Path extra) {
    String cp = extra == null ? tools.classPath : tools.classPath + java.io.File.pathSeparator + extra;
    List<String> cmd = List.of(tools.java.toString(), "-Xmx" + settings.heap(), "-cp", cp,
        EmbeddedStartupProbe.class.getName(), probe);
    try (Proc p = Proc.start("embedded probe", cmd, tools.work("logs").resolve("junit-" + probe.substring(probe.lastIndexOf('.') + 1) + ".log"))) {
      long deadline = System.nanoTime() + 60_000_000_000L;
      double first = Double.NaN;
      while (System.nanoTime() < deadline) {
        String out = p.output();
        if (out.contains(EmbeddedStartupProbe.MARKER)) {
          first = (System.nanoTime() - p.launchedNanos) / 1e6;
          break;
        }
        if (!p.alive() && !p.output().contains(EmbeddedStartupProbe.MARKER)) {
          throw new IllegalStateException("the embedded probe ended without answering:\n" + Http.tail(p.output()));
        }
        Http.sleep(2);
      }
      if (!p.await(60)) {
        throw new IllegalStateException("the embedded probe did not finish:\n" + Http.tail(p.output()));
      }
      String out = p.output();
      Matcher m = PROBE.matcher(out);
      Matcher s = SECOND.matcher(out);
      if (!m.find() || !m.group(1).equals("200") || p.process.exitValue() != 0) {
        throw new IllegalStateException("the embedded probe failed:\n" + Http.tail(out));
      }
      return new double[] {first, Double.parseDouble(m.group(3)), s.find() ? Double.parseDouble(s.group(1)) : Double.NaN};
    }
  }

  /** The archive, written when a first run exits (as scripts/mock does, but in our work folder). */
  private Path cdsArchive(Launch launch, String xmx) {
    Path archive = tools.work("cds").resolve("wawp-session-mock.jsa");
    if (!Files.exists(archive) || archive.toFile().lastModified() < tools.mockJar().toFile().lastModified()) {
      try (Server s = launch.ours("our mock (writing the CDS archive)", List.of(xmx, "-XX:ArchiveClassesAtExit=" + archive,
          "-Xlog:cds=off", "-Xlog:cds+dynamic=off"))) {
        Launch.withWorkingSession(s);
        s.proc().close(120);
      }
      if (!Files.exists(archive)) {
        throw new IllegalStateException("the JVM wrote no CDS archive at " + archive);
      }
    }
    return archive;
  }
}
