package io.wawpkit.session.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Where the build put things, and a runner for the external tools the tests drive. */
final class Published {
  static final Path ROOT = Path.of(System.getProperty("root.dir", "../.."));
  static final Path DIR = Path.of(System.getProperty("published.dir", "target/published"));
  static final Path WORK = Path.of(System.getProperty("work.dir", "target/test-work"));
  static final Path SPEC = ROOT.resolve("openapi/wawp-session.yaml");
  static final Path BUNDLE = DIR.resolve(SpecBundler.YAML_NAME);

  private Published() {}

  static JsonNode bundle() {
    return SpecBundler.read(BUNDLE);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** scripts/python-client-env's exit code when the Python client's requirements cannot be met. */
  static final int PYTHON_SKIPPED = 3;

  /**
   * Runs scripts/python-client-env for an interpreter: exit 0 and the Python to use as the last
   * line, or {@link #PYTHON_SKIPPED} and one line starting with "SKIPPED". The label names the
   * virtual environment it may make (kept for the next run).
   */
  static Run pythonEnv(String interpreter, Map<String, String> env, String label) {
    String venv = interpreter.replaceAll("[^A-Za-z0-9]+", "-") + "-" + label;
    return run(ROOT, List.of("bash", ROOT.resolve("scripts/python-client-env").toString(), interpreter,
        DIR.resolve("clients/python/requirements.txt").toAbsolutePath().toString(),
        WORK.resolve("python-env/venv" + venv).toAbsolutePath().toString()), env, 300);
  }

  /** The outcome of a finished process: exit code and its merged output. */
  record Run(int exit, String output) {}

  /** Runs a command (stderr merged into stdout) and waits at most the given seconds. */
  static Run run(Path dir, List<String> command, long seconds) {
    return run(dir, command, Map.of(), seconds);
  }

  /** Runs a command with extra environment variables. */
  static Run run(Path dir, List<String> command, Map<String, String> env, long seconds) {
    try {
      Files.createDirectories(WORK);
      Path log = Files.createTempFile(WORK, "run", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      Process p = builder.start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(command + " did not finish within " + seconds + " s");
      }
      return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
