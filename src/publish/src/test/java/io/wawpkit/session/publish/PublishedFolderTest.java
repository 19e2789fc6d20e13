package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedFolderTest {

  @Test
  void holdsEverythingTheConsumerReadmeNames() {
    String version = Published.bundle().at("/info/version").asText();
    String readme = Published.read(Published.DIR.resolve("README.md"));
    assertThat(readme).contains("Wawp session API " + version).doesNotContain("${");
    for (String path : new String[] {"wawp-session.yaml", "wawp-session.json", "CHANGELOG.md", "reference/index.html",
        "clients/typescript-fetch/", "clients/python/"}) {
      assertThat(readme).contains("`" + path + "`");
      assertThat(Published.DIR.resolve(path)).exists();
    }
    assertThat(Published.read(Published.DIR.resolve("CHANGELOG.md"))).contains("## " + version);
    assertThat(Published.read(Published.DIR.resolve("clients/python/pyproject.toml"))).contains("version = \"" + version + "\"");
  }

  /** The README names the tsc and Python the checks ran with, as found on this machine. */
  @Test
  void theReadmeStatesTheToolVersionsOfThisBuild() throws IOException {
    String tsc = new ObjectMapper().readTree(Published.ROOT.resolve("node_modules/typescript/package.json").toFile())
        .path("version").asText();
    Published.Run python = Published.run(Published.WORK.toAbsolutePath(), List.of("python3", "--version"), 30);
    assertThat(python.output()).startsWith("Python ");
    String pythonVersion = python.output().strip().substring("Python ".length());
    String readme = Published.read(Published.DIR.resolve("README.md"));
    assertThat(readme).contains("compiles with `tsc` " + tsc + ";").contains("(Python " + pythonVersion + " with pydantic 2")
        .doesNotContain(ToolVersions.UNKNOWN);
  }

  /**
   * The build clears the published folder first, so each generated folder holds exactly what its
   * generator listed in {@code .openapi-generator/FILES} (besides that folder, its bookkeeping):
   * nothing left from an earlier run, nothing a test wrote (bytecode, tsc output). The generator's
   * own ignore file is bookkeeping too (listed or not: the Python generator writes it with the
   * ignore list of the build and leaves it out).
   */
  @ParameterizedTest
  @ValueSource(strings = {"clients/typescript-fetch", "clients/python", "reference"})
  void eachGeneratedFolderHoldsOnlyWhatItsGeneratorWrote(String folder) throws IOException {
    Path dir = Published.DIR.resolve(folder);
    Set<String> listed = new TreeSet<>(Files.readAllLines(dir.resolve(".openapi-generator/FILES")));
    listed.removeIf(f -> f.isBlank() || f.equals(".openapi-generator-ignore"));
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.startsWith(".openapi-generator/") && !f.equals(".openapi-generator-ignore")).forEach(present::add);
    }
    assertThat(listed).as("the generator wrote files").isNotEmpty();
    assertThat(present).isEqualTo(listed);
  }
}
