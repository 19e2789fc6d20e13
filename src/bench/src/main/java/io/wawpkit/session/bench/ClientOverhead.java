package io.wawpkit.session.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Section 1: the client's cost over raw HTTP, with JMH and its GC profiler (time and bytes
 * allocated per call), against the bare JDK server in its own process. Each round runs every
 * benchmark once, so rounds interleave (client, raw, client, raw, ...).
 */
final class ClientOverhead {
  /** Benchmark method → how the table names it. */
  private static final Map<String, String[]> WAYS = new LinkedHashMap<>();

  static {
    WAYS.put("rawInfo", new String[] {"info", "raw java.net.http.HttpClient + ObjectMapper"});
    WAYS.put("clientInfo", new String[] {"info", "WawpClient (defaults)"});
    WAYS.put("clientInfoLogOff", new String[] {"info", "WawpClient, HttpLogLevel.NONE"});
    WAYS.put("feignHc5Info", new String[] {"info", "bare Feign + feign-hc5 (the client's transport)"});
    WAYS.put("feignOkHttpInfo", new String[] {"info", "bare Feign + feign-okhttp"});
    WAYS.put("feignJava11Info", new String[] {"info", "bare Feign + feign-java11 (JDK HttpClient)"});
    WAYS.put("feignUrlConnectionInfo", new String[] {"info", "bare Feign + Client.Default (HttpURLConnection; no PATCH)"});
    WAYS.put("rawStart", new String[] {"start", "raw java.net.http.HttpClient + ObjectMapper"});
    WAYS.put("clientStart", new String[] {"start", "WawpClient (defaults)"});
  }

  private final Tools tools;
  private final Settings settings;

  ClientOverhead(Tools tools, Settings settings) {
    this.tools = tools;
    this.settings = settings;
  }

  Table run() {
    Map<String, List<Double>> time = new LinkedHashMap<>();
    Map<String, List<Double>> alloc = new LinkedHashMap<>();
    try (Server server = new Launch(tools).bare(settings.heap())) {
      String url = server.origin() + "/v2";
      System.setProperty(ClientCallBenchmark.URL_PROPERTY, url); // read in this JVM when not forking
      for (int round = 0; round < settings.rounds(); round++) {
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include(ClientCallBenchmark.class.getName() + "\\.")
            .forks(settings.jmhForks())
            .warmupIterations(settings.jmhWarmups())
            .warmupTime(TimeValue.milliseconds(settings.jmhIterationMillis()))
            .measurementIterations(settings.jmhIterations())
            .measurementTime(TimeValue.milliseconds(settings.jmhIterationMillis()))
            .addProfiler("gc")
            .jvmArgsAppend("-D" + ClientCallBenchmark.URL_PROPERTY + "=" + url, "-Xmx" + settings.heap())
            .output(tools.work("jmh").resolve("round-" + (round + 1) + ".txt").toString())
            .shouldFailOnError(true);
        for (RunResult r : new Runner(options.build()).run()) {
          String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
          time.computeIfAbsent(method, k -> new ArrayList<>()).add(r.getPrimaryResult().getScore());
          Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
          alloc.computeIfAbsent(method, k -> new ArrayList<>()).add(norm == null ? Double.NaN : norm.getScore());
        }
      }
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
    }
    Table t = new Table("client-overhead", "1. Client overhead (JMH, GC profiler)",
        List.of("call", "way", "µs/call", "÷ raw", "bytes allocated/call", "÷ raw"));
    for (Map.Entry<String, String[]> e : WAYS.entrySet()) {
      String call = e.getValue()[0];
      String rawKey = call.equals("info") ? "rawInfo" : "rawStart";
      double us = Stats.median(time.getOrDefault(e.getKey(), List.of()));
      double bytes = Stats.median(alloc.getOrDefault(e.getKey(), List.of()));
      boolean raw = e.getKey().equals(rawKey);
      t.row(call, e.getValue()[1], Stats.num(us), raw ? "1.00×" : Stats.times(Stats.ratio(us, Stats.median(time.get(rawKey)))),
          Stats.num(bytes), raw ? "1.00×" : Stats.times(Stats.ratio(bytes, Stats.median(alloc.get(rawKey)))));
    }
    t.samples.put("microsPerCall", time);
    t.samples.put("bytesPerCall", alloc);
    for (String call : List.of("Info", "Start")) {
      double ratio = Stats.ratio(Stats.median(time.get("client" + call)), Stats.median(time.get("raw" + call)));
      t.goal(call.toLowerCase() + ": full client ≤ 1.10× raw time", Stats.times(ratio), ratio <= 1.10);
    }
    t.note("JMH " + (settings.jmhForks() == 0 ? "in-process (quick)" : settings.jmhForks() + " fork per round")
        + ", " + settings.jmhWarmups() + " warm-up + " + settings.jmhIterations() + " measured iterations of "
        + settings.jmhIterationMillis() + " ms, average time, one thread; " + settings.mode() + ".");
    t.note("The server is the bare JDK server (TCP_NODELAY) in its own process answering the documented info body "
        + "(openapi/examples/v2-session-info-example.json) to both calls, so bytes/call are the caller's alone. Raw "
        + "builds its request per call and reads into the same generated SessionInfo. Every way is checked to read "
        + "WORKING with `me` before measuring.");
    t.note("Transports, all on feign-core 13.9.1 (the newest version at which hc5 and okhttp exist here): feign-hc5 "
        + "(Apache HttpClient 5.6) is the client's; feign-java11 exists only from 13.13 and runs here on core 13.9.1 "
        + "for this measurement; HttpURLConnection cannot send PATCH (rate-limit), so it cannot be the default.");
    return t;
  }
}
