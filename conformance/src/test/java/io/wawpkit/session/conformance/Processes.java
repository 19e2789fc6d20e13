package io.wawpkit.session.conformance;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Starts and stops the external processes some tests run against (mock jar, Prism, Chromium), bounded in time. */
final class Processes {
  static final Path ROOT = Path.of(System.getProperty("root.dir", "..")).toAbsolutePath().normalize();

  private Processes() {}

  /** Starts a process with its output in a log file. */
  static Process start(List<String> command, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    return new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits until the log shows a line matching the pattern; returns its first group. */
  static String awaitLine(Process process, Path log, Pattern pattern, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? Files.readString(log) : "";
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m.groupCount() > 0 ? m.group(1) : m.group();
      }
      if (!process.isAlive()) {
        throw new AssertionError("the process ended before it was ready:\n" + text);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not ready within " + timeout + ":\n" + Files.readString(log));
  }

  static void stop(Process process) throws InterruptedException {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  /** Runs a command to its end (bounded); returns its exit code and output. */
  static Result run(List<String> command, Path log, Duration timeout) throws Exception {
    Process p = start(command, log);
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      stop(p);
      throw new AssertionError(command.get(0) + " did not finish within " + timeout);
    }
    return new Result(p.exitValue(), Files.readString(log));
  }

  record Result(int exit, String output) {}

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static Optional<String> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(names)
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable).map(Path::toString).findFirst();
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
