package io.wawpkit.session.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code java -jar wawp-session-bench-all.jar [--quick] [--root DIR] [--out DIR] [--sections 1,2,...]}:
 * runs the five sections, prints one table each, and writes bench.json and bench.md. The whole run
 * is bounded: past its time limit it stops every server it started and exits.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    boolean quick = false;
    Path root = Path.of("").toAbsolutePath();
    Path out = null;
    Set<Integer> sections = new TreeSet<>(Set.of(1, 2, 3, 4, 5));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--root" -> root = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--sections" -> {
          sections.clear();
          for (String s : args[++i].split(",")) {
            sections.add(Integer.parseInt(s.trim()));
          }
        }
        case "-h", "--help" -> {
          System.out.println("usage: bench [--quick] [--root DIR] [--out DIR] [--sections 1,2,3,4,5]");
          return;
        }
        default -> {
          System.err.println("bench: unknown argument " + args[i] + " (see --help)");
          System.exit(2);
        }
      }
    }
    if (!Files.exists(root.resolve("openapi/wawp-session.yaml"))) {
      System.err.println("bench: " + root + " is not the project root (use --root)");
      System.exit(2);
    }
    out = out != null ? out : root.resolve("src/bench/target/bench");
    Settings settings = Settings.of(quick);
    watchdog(quick ? 6 : 60);
    System.exit(run(new Tools(root, out), settings, sections) ? 0 : 1);
  }

  static boolean run(Tools tools, Settings settings, Set<Integer> sections) {
    long t0 = System.nanoTime();
    Map<String, String> machine = Machine.describe(tools);
    System.out.println("Benchmarks, " + settings.mode());
    machine.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    Report report = new Report(machine, settings.mode(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    Map<Integer, Supplier<Table>> all = new LinkedHashMap<>();
    all.put(1, () -> new ClientOverhead(tools, settings).run());
    all.put(2, () -> new MockThroughput(tools, settings).run());
    all.put(3, () -> new MockScale(tools, settings).run());
    all.put(4, () -> new Startup(tools, settings).run());
    all.put(5, () -> new SuiteRuns(tools, settings).run());
    for (Map.Entry<Integer, Supplier<Table>> e : all.entrySet()) {
      if (!sections.contains(e.getKey())) {
        continue;
      }
      long s0 = System.nanoTime();
      try {
        report.add(e.getValue().get());
      } catch (RuntimeException ex) {
        report.failed("section " + e.getKey(), ex.getMessage() == null ? ex.toString() : ex.getMessage());
      }
      System.out.printf("  (section %d: %.0f s)%n", e.getKey(), (System.nanoTime() - s0) / 1e9);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    report.write(tools.out, seconds);
    System.out.printf("%nWrote %s and %s (%.0f s)%n", tools.out.resolve(Report.JSON_NAME),
        tools.out.resolve(Report.MARKDOWN_NAME), seconds);
    return report.ok();
  }

  /** Ends the run past its time limit; the shutdown hook stops every process it started. */
  private static void watchdog(int minutes) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(minutes * 60_000L);
        System.err.println("bench: over its " + minutes + " min limit; stopping");
        System.exit(3);
      } catch (InterruptedException ignored) {
        // The run ended first.
      }
    }, "bench-watchdog");
    t.setDaemon(true);
    t.start();
  }
}
