package io.wawpkit.session.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scripts/dist makes the release folder from the jars this build just packaged (--no-build), and
 * every artifact in it is there and works: the Maven repository is complete, the runnable jars
 * run, the npm tarball installs into a scratch project and compiles with the repository's tsc, and
 * the wheel installs with --no-deps into a scratch virtual environment.
 */
class ReleaseFolderIT {
  static final Path ROOT = Path.of(System.getProperty("root.dir", "../.."));
  static final String VERSION = System.getProperty("project.version");
  static final Path RELEASE = Path.of(System.getProperty("release.dir", "target/release")).toAbsolutePath();
  static final Path WORK = Path.of(System.getProperty("work.dir", "target/it-work")).toAbsolutePath();
  static final List<String> LIBRARIES = CentralPomsTest.LIBRARIES;

  record Run(int exit, String output) {}

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

  static Run run(Path dir, long seconds, String... command) {
    return run(dir, List.of(command), Map.of(), seconds);
  }

  @BeforeAll
  static void makeTheReleaseFolder() {
    Run dist = run(ROOT, 600, "bash", "scripts/dist", "--no-build", RELEASE.toString());
    assertThat(dist.exit()).as(dist.output()).isZero();
    System.out.println(dist.output().strip());
  }

  @Test
  void holdsEveryArtifact() throws IOException {
    List<String> expected = new ArrayList<>(List.of("README.md", "SHA256SUMS",
        "wawp-session-mock-" + VERSION + "-all.jar", "wawp-session-conformance-" + VERSION + "-all.jar",
        "wawp-session-published-" + VERSION + ".zip", "wawpkit-wawp-session-client-" + VERSION + ".tgz",
        "wawp_session-" + VERSION + "-py3-none-any.whl", "wawp_session-" + VERSION + ".tar.gz"));
    for (String pom : List.of("wawp-session-parent", "wawp-session-bom")) {
      expected.add(maven(pom, ".pom"));
    }
    for (String library : LIBRARIES) {
      for (String suffix : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar")) {
        expected.add(maven(library, suffix));
      }
    }
    try (Stream<Path> files = Files.walk(RELEASE)) {
      List<String> actual = files.filter(Files::isRegularFile).map(f -> RELEASE.relativize(f).toString()).toList();
      assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }
    for (String file : expected) {
      assertThat(Files.size(RELEASE.resolve(file))).as(file).isPositive();
    }
    Run sums = run(RELEASE, 60, "sha256sum", "--check", "--quiet", "SHA256SUMS");
    assertThat(sums.exit()).as(sums.output()).isZero();
    assertThat(Files.readString(RELEASE.resolve("README.md"))).contains(VERSION).doesNotContain("@version@");
  }

  @Test
  void theLibrariesShipSourcesAndJavadoc() throws IOException {
    for (String library : LIBRARIES) {
      try (ZipFile sources = new ZipFile(RELEASE.resolve(maven(library, "-sources.jar")).toFile());
          ZipFile javadoc = new ZipFile(RELEASE.resolve(maven(library, "-javadoc.jar")).toFile())) {
        assertThat(sources.stream().map(e -> e.getName())).as(library).anyMatch(n -> n.endsWith(".java"));
        assertThat(javadoc.getEntry("index.html")).as(library + " javadoc").isNotNull();
      }
      String pom = Files.readString(RELEASE.resolve(maven(library, ".pom")));
      assertThat(pom).contains("<artifactId>" + library + "</artifactId>").doesNotContain("${revision}");
    }
  }

  @Test
  void theRunnableJarsRun() {
    for (String jar : List.of("wawp-session-mock-" + VERSION + "-all.jar", "wawp-session-conformance-" + VERSION + "-all.jar")) {
      Run help = run(RELEASE, 120, "java", "-jar", jar, "--help");
      assertThat(help.exit()).as(jar + ": " + help.output()).isZero();
      assertThat(help.output()).as(jar).contains("Usage: wawp-");
    }
  }

  @Test
  void theSpecFolderZipHoldsThePublishedFolder() throws IOException {
    try (ZipFile zip = new ZipFile(RELEASE.resolve("wawp-session-published-" + VERSION + ".zip").toFile())) {
      String top = "wawp-session-published-" + VERSION + "/";
      for (String entry : List.of("wawp-session.yaml", "wawp-session.json", "README.md", "CHANGELOG.md",
          "reference/index.html", "clients/typescript-fetch/package.json", "clients/python/pyproject.toml")) {
        assertThat(zip.getEntry(top + entry)).as(entry).isNotNull();
      }
    }
  }

  @Test
  void theNpmTarballInstallsIntoAScratchProjectAndCompiles() throws IOException {
    Path project = WORK.resolve("npm-consumer");
    deleteTree(project);
    Files.createDirectories(project);
    Files.writeString(project.resolve("package.json"), "{\"name\": \"scratch\", \"version\": \"1.0.0\", \"private\": true}\n");
    Run install = run(project, 300, "npm", "install", "--offline", "--no-audit", "--no-fund", "--loglevel=error",
        RELEASE.resolve("wawpkit-wawp-session-client-" + VERSION + ".tgz").toString());
    assertThat(install.exit()).as(install.output()).isZero();
    assertThat(project.resolve("node_modules/@wawpkit/wawp-session-client/dist/index.d.ts")).as("compiled in the tarball").exists();
    Files.writeString(project.resolve("index.ts"), """
        import { Configuration, LifecycleApi, SessionStatus, SessionInfo } from '@wawpkit/wawp-session-client';
        const api: LifecycleApi = new LifecycleApi(new Configuration({ basePath: 'http://127.0.0.1:1/v2' }));
        const status: SessionStatus = SessionStatus.Working;
        const info: Partial<SessionInfo> = { status };
        console.log(typeof api.createSession, info.status);
        """);
    Run tsc = run(project, 300, ROOT.resolve("node_modules/.bin/tsc").toAbsolutePath().toString(), "--strict",
        "--target", "es2017", "--module", "commonjs", "--moduleResolution", "node", "--lib", "es2017,dom",
        "--outDir", "out", "index.ts");
    assertThat(tsc.exit()).as(tsc.output()).isZero();
    Run node = run(project, 60, "node", "out/index.js");
    assertThat(node.exit()).as(node.output()).isZero();
    assertThat(node.output()).contains("function WORKING");
  }

  @Test
  void theWheelInstallsWithoutDependenciesIntoAScratchEnvironment() throws IOException {
    Path venv = WORK.resolve("python-venv");
    deleteTree(venv);
    // The machine's python3, seeing its own packages: where it has pydantic 2 the client imports.
    Run made = run(WORK, 120, "python3", "-m", "venv", "--system-site-packages", venv.toString());
    org.junit.jupiter.api.Assumptions.assumeTrue(made.exit() == 0, "no virtual environment can be made here: " + made.output());
    String python = venv.resolve("bin/python").toString();
    Run install = run(WORK, 300, python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
        RELEASE.resolve("wawp_session-" + VERSION + "-py3-none-any.whl").toString());
    assertThat(install.exit()).as(install.output()).isZero();
    Run version = run(WORK, 60, python, "-c", "import importlib.metadata as m; print(m.version('wawp_session'))");
    assertThat(version.output().strip()).isEqualTo(VERSION);
    Run imports = run(WORK, 60, python, "-c", """
        try:
            import pydantic
            assert pydantic.VERSION.startswith("2")
        except (ImportError, AssertionError):
            print("installed; not imported: this python3 lacks pydantic 2")
        else:
            from wawp_session.models.session_status import SessionStatus
            print("imported", SessionStatus("WORKING"))
        """);
    assertThat(imports.exit()).as(imports.output()).isZero();
    System.out.println("[wheel] " + imports.output().strip());
  }

  static String maven(String artifactId, String suffix) {
    return "maven/io/wawpkit/" + artifactId + "/" + VERSION + "/" + artifactId + "-" + VERSION + suffix;
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }
}
