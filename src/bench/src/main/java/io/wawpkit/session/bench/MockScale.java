package io.wawpkit.session.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 3: info latency and requests/s while the mock holds 10, 10,000 and 100,000 sessions
 * (three mock processes, one per size, measured in interleaved rounds), its heap per 10,000
 * sessions and its thread count.
 */
final class MockScale {
  private static final int[] SIZES = {10, 10_000, 100_000};
  private static final int[] CONNECTIONS = {1, 16};

  private final Tools tools;
  private final Settings settings;

  MockScale(Tools tools, Settings settings) {
    this.tools = tools;
    this.settings = settings;
  }

  Table run() {
    Launch launch = new Launch(tools);
    List<Server> mocks = new ArrayList<>();
    Map<Integer, Double> createMillis = new LinkedHashMap<>();
    try {
      List<java.util.function.Supplier<Server>> starts = new ArrayList<>();
      for (int size : SIZES) {
        starts.add(() -> launch.ours("our mock, " + size + " sessions", List.of("-Xmx1g")));
      }
      List<Server> started = Launch.together(starts);
      for (int i = 0; i < SIZES.length; i++) {
        Server m = Launch.withWorkingSession(started.get(i));
        long t0 = System.nanoTime();
        Launch.bulkCreate(m, SIZES[i] - 1); // plus the WORKING one that info reads
        createMillis.put(SIZES[i], (System.nanoTime() - t0) / 1e6);
        mocks.add(m);
      }
      Wrk wrk = new Wrk(tools);
      for (Server m : mocks) {
        if (settings.warmupSeconds() > 0) {
          wrk.get(m.url("info"), 16, settings.warmupSeconds());
        }
      }
      Map<String, List<Wrk.Result>> results = new LinkedHashMap<>();
      for (int round = 0; round < settings.rounds(); round++) {
        for (int c : CONNECTIONS) {
          for (int i = 0; i < SIZES.length; i++) {
            results.computeIfAbsent(SIZES[i] + "/" + c, k -> new ArrayList<>())
                .add(wrk.get(mocks.get(i).url("info"), c, settings.wrkSeconds()));
          }
        }
      }
      Table t = new Table("mock-scale", "3. Mock scale (info, validation on)",
          List.of("sessions", "conns", "req/s", "p50 ms", "p99 ms", "p50 ÷ p50 at 10", "heap after GC MB", "threads",
              "bulk create ms"));
      double[] heap = new double[SIZES.length];
      long[] threads = new long[SIZES.length];
      for (int i = 0; i < SIZES.length; i++) {
        heap[i] = mocks.get(i).proc().heapAfterGcMb(tools);
        threads[i] = mocks.get(i).proc().threads();
      }
      Map<Integer, Double> p50at = new LinkedHashMap<>();
      for (int c : CONNECTIONS) {
        double base = p50(results.get(SIZES[0] + "/" + c));
        for (int i = 0; i < SIZES.length; i++) {
          List<Wrk.Result> rs = results.get(SIZES[i] + "/" + c);
          double p50 = p50(rs);
          if (c == 1) {
            p50at.put(SIZES[i], p50);
          }
          t.row(String.format("%,d", SIZES[i]), String.valueOf(c), Stats.num(Stats.median(rs.stream().map(Wrk.Result::rps).toList())),
              Stats.num(p50), Stats.num(Stats.median(rs.stream().map(Wrk.Result::p99).toList())),
              Stats.times(Stats.ratio(p50, base)), Stats.num(heap[i]), String.valueOf(threads[i]),
              Stats.num(createMillis.get(SIZES[i])));
          t.samples.put(SIZES[i] + " sessions/" + c + " conns", rs);
        }
      }
      double per10k = (heap[2] - heap[0]) / ((SIZES[2] - SIZES[0]) / 10_000.0);
      t.samples.put("heapAfterGcMb", heap);
      t.samples.put("threads", threads);
      t.samples.put("heapPer10kSessionsMb", per10k);
      double worst = 0;
      for (int c : CONNECTIONS) {
        double base = p50(results.get(SIZES[0] + "/" + c));
        for (int size : SIZES) {
          worst = Math.max(worst, Stats.ratio(p50(results.get(size + "/" + c)), base));
        }
      }
      t.goal("info latency flat within 10% from 10 to 100,000 sessions (p50, 1 and 16 conns)",
          "worst " + Stats.times(worst), worst <= 1.10);
      t.goal("no thread per session", threads[0] + " threads at 10, " + threads[2] + " at 100,000",
          threads[2] - threads[0] < 10);
      t.note("Memory per 10,000 sessions: " + Stats.num(per10k) + " MB of heap after a full GC (jcmd GC.run, "
          + "GC.heap_info), from the 10 and 100,000 session processes. Sessions are created with one control call "
          + "(a bulk create, then: start) and held STARTING/SCAN_QR_CODE; info reads a WORKING one.");
      t.note("Three mock processes (-Xmx1g), one per size, measured in turn; wrk " + settings.wrkSeconds() + " s per run; "
          + settings.mode() + ".");
      return t;
    } finally {
      mocks.forEach(Server::close);
    }
  }

  private static double p50(List<Wrk.Result> rs) {
    return Stats.median(rs.stream().map(Wrk.Result::p50).toList());
  }
}
