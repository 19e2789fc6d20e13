package io.wawpkit.session.bench;

import io.wawpkit.session.publish.SpecBundler;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where everything the benchmarks run lives: the project's jars, WireMock's jar (copied by the
 * build), Prism (from the root's node_modules), wrk and jcmd. Missing pieces fail with one line
 * saying how to get them.
 */
final class Tools {
  /** The project's version (the spec's), which names the jars. */
  private static final String VERSION = WawpSpec.load().version();

  final Path root;
  final Path out;
  final Path java;
  final Path jcmd;
  final String classPath;

  Tools(Path root, Path out) {
    this.root = root.toAbsolutePath().normalize();
    this.out = out.toAbsolutePath().normalize();
    Path home = Path.of(System.getProperty("java.home"));
    this.java = home.resolve("bin/java");
    this.jcmd = home.resolve("bin/jcmd");
    this.classPath = System.getProperty("java.class.path");
  }

  Path mockJar() {
    return need(root.resolve("src/mock/target/wawp-session-mock-" + VERSION + "-all.jar"), "mvn -pl src/mock package -DskipTests");
  }

  Path conformanceJar() {
    return need(root.resolve("conformance/target/wawp-session-conformance-" + VERSION + "-all.jar"),
        "mvn -pl conformance package -DskipTests");
  }

  Path wireMockJar() {
    return need(root.resolve("src/bench/target/bench-tools/wiremock-standalone.jar"), "mvn -pl src/bench package");
  }

  Path prism() {
    return need(root.resolve("node_modules/.bin/prism"), "npm ci (at the project root)");
  }

  String wrk() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path p = Path.of(dir, "wrk");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new IllegalStateException("wrk is missing: apt-get install wrk (scripts/bench installs it)");
  }

  /** The spec with its examples inlined (Prism answers with them), written once per run. */
  Path specBundle() {
    Path folder = out.resolve("work/spec");
    Path yaml = folder.resolve(SpecBundler.YAML_NAME);
    if (!Files.exists(yaml)) {
      SpecBundler.write(SpecBundler.bundle(root.resolve("openapi/wawp-session.yaml")), folder);
    }
    return yaml;
  }

  /** A scratch directory under the output directory. */
  Path work(String name) {
    Path dir = out.resolve("work").resolve(name);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create " + dir, e);
    }
    return dir;
  }

  String wrkVersion() {
    // "wrk 4.1.0 [epoll] Copyright ..." is the first line of its usage text.
    String v = firstLine(List.of(wrk(), "-v"));
    return v.isEmpty() ? "wrk" : v.replaceAll("\\s+Copyright.*", "");
  }

  String nodeVersion() {
    return firstLine(List.of("node", "--version"));
  }

  String prismVersion() {
    return firstLine(List.of(prism().toString(), "--version"));
  }

  private static String firstLine(List<String> command) {
    try {
      Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
      byte[] bytes = p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      p.destroy();
      String text = new String(bytes, StandardCharsets.UTF_8).trim();
      int nl = text.indexOf('\n');
      return nl < 0 ? text : text.substring(0, nl).trim();
    } catch (IOException e) {
      return "missing";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static Path need(Path p, String how) {
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " is missing: " + how);
    }
    return p;
  }
}
