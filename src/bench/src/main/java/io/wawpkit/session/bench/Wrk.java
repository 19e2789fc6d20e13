package io.wawpkit.session.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (the load generator) and reads requests/s and the latency percentiles from its report. */
final class Wrk {
  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

  /** Alternates POST stop and POST start on one session: every call changes its state. */
  private static final String STOP_START = String.join("\n",
      "local paths = {}",
      "local n = 0",
      "function init(args) paths = { args[1], args[2] } end",
      "function request()",
      "  n = n + 1",
      "  return wrk.format('POST', paths[(n % 2) + 1], { ['Content-Length'] = '0' })",
      "end", "");

  private final String wrk;
  private final Path scripts;

  Wrk(Tools tools) {
    this.wrk = tools.wrk();
    this.scripts = tools.work("wrk");
  }

  /** One result: requests/s, latency percentiles in ms, and whatever did not answer 2xx. */
  record Result(double rps, double p50, double p99, long requests, long non2xx, long socketErrors) {
    boolean clean() {
      return non2xx == 0 && socketErrors == 0;
    }
  }

  /** GET the URL for the given seconds with that many connections. */
  Result get(String url, int connections, int seconds) {
    return run(url, connections, seconds, null, List.of());
  }

  /** The state-changing call: POST stop and start, alternately, on the server's session. */
  Result stopStart(Server s, int connections, int seconds) {
    Path script = scripts.resolve("stop-start.lua");
    try {
      if (!Files.exists(script)) {
        Files.writeString(script, STOP_START);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run(s.origin() + "/", connections, seconds, script, List.of(s.path("stop"), s.path("start")));
  }

  private Result run(String url, int connections, int seconds, Path script, List<String> scriptArgs) {
    List<String> cmd = new ArrayList<>(List.of(wrk, "-t", String.valueOf(Math.min(2, connections)),
        "-c", String.valueOf(connections), "-d", seconds + "s", "--timeout", "5s", "--latency"));
    if (script != null) {
      cmd.addAll(List.of("-s", script.toString()));
    }
    cmd.add(url);
    if (!scriptArgs.isEmpty()) {
      cmd.add("--");
      cmd.addAll(scriptArgs);
    }
    String out;
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] bytes = p.getInputStream().readAllBytes();
      if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("wrk did not finish");
      }
      out = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
    Matcher rps = RPS.matcher(out);
    if (!rps.find()) {
      throw new IllegalStateException("wrk gave no figures for " + url + ":\n" + out);
    }
    Matcher non2xx = NON2XX.matcher(out);
    Matcher errors = ERRORS.matcher(out);
    long socketErrors = 0;
    if (errors.find()) {
      for (int i = 1; i <= 4; i++) {
        socketErrors += Long.parseLong(errors.group(i));
      }
    }
    Matcher total = TOTAL.matcher(out);
    return new Result(Double.parseDouble(rps.group(1)), percentile(out, "50%"), percentile(out, "99%"),
        total.find() ? Long.parseLong(total.group(1)) : 0, non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
        socketErrors);
  }

  /** "    99%    1.23ms" in the latency distribution, in ms. */
  private static double percentile(String out, String label) {
    Matcher m = Pattern.compile("^\\s+" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
        .matcher(out);
    if (!m.find()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }
}
