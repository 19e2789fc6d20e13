package io.wawpkit.session.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 2: requests/s and latency at 1 and 16 connections, info and a state-changing call, for
 * the bare JDK server, WireMock, Prism and our mock, all running at once and measured in
 * interleaved rounds (peer, ours, peer, ours, ...).
 */
final class MockThroughput {
  private static final int[] CONNECTIONS = {1, 16};
  private static final String[] CALLS = {"info", "stop/start"};

  private final Tools tools;
  private final Settings settings;

  MockThroughput(Tools tools, Settings settings) {
    this.tools = tools;
    this.settings = settings;
  }

  Table run() {
    Launch launch = new Launch(tools);
    List<Server> servers = new ArrayList<>();
    try {
      // Started together (their start-up is section 4's business), listed in measuring order.
      servers.addAll(Launch.together(List.of(() -> launch.bare(settings.heap()), () -> launch.wireMock(settings.heap()),
          launch::prism, () -> launch.ours("our mock", List.of("-Xmx" + settings.heap())))));
      Server ours = Launch.withWorkingSession(servers.remove(3));
      servers.add(ours);
      Wrk wrk = new Wrk(tools);
      // The state-changing call gets its own session, so info keeps reading a WORKING one.
      Server oursState = Launch.withWorkingSession(ours);
      for (Server s : servers) {
        if (settings.warmupSeconds() > 0) { // JIT warm-up, not measured
          wrk.get(s.url("info"), 16, settings.warmupSeconds());
          wrk.stopStart(s == ours ? oursState : s, 16, settings.warmupSeconds());
        }
      }
      Map<String, List<Wrk.Result>> results = new LinkedHashMap<>();
      for (int round = 0; round < settings.rounds(); round++) {
        for (String call : CALLS) {
          for (int c : CONNECTIONS) {
            for (Server s : servers) {
              Wrk.Result r = call.equals("info") ? wrk.get(s.url("info"), c, settings.wrkSeconds())
                  : wrk.stopStart(s == ours ? oursState : s, c, settings.wrkSeconds());
              results.computeIfAbsent(key(call, c, s), k -> new ArrayList<>()).add(r);
            }
          }
        }
      }
      return table(servers, ours, results);
    } finally {
      servers.forEach(Server::close);
    }
  }

  private Table table(List<Server> servers, Server ours, Map<String, List<Wrk.Result>> results) {
    Table t = new Table("mock-throughput", "2. Mock throughput and latency (wrk)",
        List.of("call", "conns", "server", "setting", "req/s", "p50 ms", "p99 ms", "errors", "ours ÷ this (req/s)"));
    for (String call : CALLS) {
      for (int c : CONNECTIONS) {
        double oursRps = median(results.get(key(call, c, ours)), "rps");
        for (Server s : servers) {
          List<Wrk.Result> rs = results.get(key(call, c, s));
          double rps = median(rs, "rps");
          long errors = rs.stream().mapToLong(r -> r.non2xx() + r.socketErrors()).sum();
          t.row(call, String.valueOf(c), s.name(), s.setting(), Stats.num(rps), Stats.num(median(rs, "p50")),
              Stats.num(median(rs, "p99")), String.valueOf(errors), s == ours ? "—" : Stats.times(Stats.ratio(oursRps, rps)));
          t.samples.put(key(call, c, s), rs);
        }
      }
    }
    for (String call : CALLS) {
      double o16 = median(results.get(key(call, 16, ours)), "rps");
      double o1 = median(results.get(key(call, 1, ours)), "rps");
      double wm = median(results.get(key(call, 16, servers.get(1))), "rps");
      double pr = median(results.get(key(call, 16, servers.get(2))), "rps");
      double b16 = median(results.get(key(call, 16, servers.get(0))), "rps");
      double b1 = median(results.get(key(call, 1, servers.get(0))), "rps");
      t.goal(call + ", 16 conns: ≥ 2× WireMock", Stats.times(Stats.ratio(o16, wm)), Stats.ratio(o16, wm) >= 2);
      t.goal(call + ", 16 conns: ≥ 4× Prism", Stats.times(Stats.ratio(o16, pr)), Stats.ratio(o16, pr) >= 4);
      t.goal(call + ", 16 conns: ≥ 0.7× bare JDK server", Stats.times(Stats.ratio(o16, b16)), Stats.ratio(o16, b16) >= 0.7);
      t.goal(call + ", 1 conn: ≥ 0.8× bare JDK server", Stats.times(Stats.ratio(o1, b1)), Stats.ratio(o1, b1) >= 0.8);
    }
    t.note("wrk -t2 (-t1 at 1 connection) --latency, " + settings.wrkSeconds() + " s per run after a "
        + settings.warmupSeconds() + " s warm-up per server; " + settings.mode() + ".");
    t.note("info: GET /session/info with query credentials. stop/start: POST stop and POST start alternately on one "
        + "session (a wrk Lua script): on our mock each call moves the session (STARTING→STOPPED→STARTING, with its "
        + "boot timer); WireMock answers a stub per path, Prism an example, the bare server fixed bytes.");
    t.note("Our mock validates every request against the spec while measured. Every JVM server runs with -Xmx"
        + settings.heap() + "; all four run at once and are measured in turn.");
    return t;
  }

  private static double median(List<Wrk.Result> rs, String what) {
    List<Double> v = new ArrayList<>();
    for (Wrk.Result r : rs) {
      v.add(switch (what) {
        case "rps" -> r.rps();
        case "p50" -> r.p50();
        default -> r.p99();
      });
    }
    return Stats.median(v);
  }

  private static String key(String call, int c, Server s) {
    return call + "/" + c + "/" + s.name();
  }
}
