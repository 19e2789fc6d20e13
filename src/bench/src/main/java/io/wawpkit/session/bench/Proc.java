package io.wawpkit.session.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process this run started (a server under test, a suite run): output to a log file, stopped by
 * its own handle, and stopped at exit whatever happened, so no server outlives the run.
 */
final class Proc implements AutoCloseable {
  private static final Set<Proc> LIVE = ConcurrentHashMap.newKeySet();
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Proc::close), "bench-cleanup"));
  }

  final String name;
  final Process process;
  final Path log;
  final long launchedNanos;

  private Proc(String name, Process process, Path log, long launchedNanos) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.launchedNanos = launchedNanos;
  }

  static Proc start(String name, List<String> command, Path log) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    try {
      Proc p = new Proc(name, pb.start(), log, t0);
      LIVE.add(p);
      return p;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  long pid() {
    return process.pid();
  }

  /** Resident memory in MB, from /proc (Linux). */
  double rssMb() {
    return statusField("VmRSS:") / 1024.0;
  }

  /** Threads of the process, from /proc (Linux). */
  long threads() {
    return statusField("Threads:");
  }

  /** A JVM's heap in use right after a full GC, in MB (via jcmd): what it really holds. */
  double heapAfterGcMb(Tools tools) {
    run(List.of(tools.jcmd.toString(), String.valueOf(pid()), "GC.run"));
    String info = run(List.of(tools.jcmd.toString(), String.valueOf(pid()), "GC.heap_info"));
    Matcher m = HEAP_USED.matcher(info);
    return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Waits for the process to end, at most the given time; false when it did not. */
  boolean await(long seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGTERM (a JVM runs its shutdown hooks and writes a CDS archive), then SIGKILL after 10 s. */
  @Override
  public void close() {
    close(10);
  }

  /**
   * SIGTERM, then SIGKILL after {@code graceSeconds}: a JVM that writes a CDS archive at exit needs
   * longer on a loaded machine, and a SIGKILL in the middle leaves no archive.
   */
  void close(int graceSeconds) {
    LIVE.remove(this);
    if (!process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!await(graceSeconds)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      await(5);
    }
  }

  private long statusField(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // Gone, or not Linux.
    }
    return -1;
  }

  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
