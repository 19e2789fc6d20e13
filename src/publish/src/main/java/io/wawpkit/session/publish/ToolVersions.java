package io.wawpkit.session.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the versions of the tools the build checks the clients with ({@code tsc} from the root
 * {@code node_modules}, the machine's {@code python3}), so that the consumer README states what
 * was used rather than what someone once wrote down. A tool that is missing does not stop the
 * build here (the tests that need it fail and say so); its version reads as {@value #UNKNOWN}.
 */
public final class ToolVersions {
  static final String UNKNOWN = "unknown (not installed at build time)";
  private static final Pattern PYTHON = Pattern.compile("Python (\\d+(?:\\.\\d+)+)");

  private ToolVersions() {}

  /** The version in {@code node_modules/typescript/package.json} (the tsc the build runs). */
  static String tsc(Path root) {
    Path manifest = root.resolve("node_modules/typescript/package.json");
    try {
      String version = new ObjectMapper().readTree(manifest.toFile()).path("version").asText("");
      return version.isEmpty() ? UNKNOWN : version;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /** What {@code python3 --version} prints, without the word "Python". */
  static String python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return UNKNOWN;
      }
      Matcher m = PYTHON.matcher(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      return p.exitValue() == 0 && m.find() ? m.group(1) : UNKNOWN;
    } catch (IOException e) {
      return UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UNKNOWN;
    }
  }

  /** {@code ToolVersions <project root> <properties file>}: writes {@code tsc.version} and {@code python.version}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ToolVersions <project root> <properties file>");
    }
    String tsc = tsc(Path.of(args[0]));
    String python = python();
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, "tsc.version=" + tsc + "\npython.version=" + python + "\n", StandardCharsets.UTF_8);
    System.out.println("[publish] tool versions for the consumer README: tsc " + tsc + ", Python " + python);
  }
}
