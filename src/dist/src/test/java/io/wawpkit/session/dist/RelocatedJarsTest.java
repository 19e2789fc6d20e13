package io.wawpkit.session.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.apache.maven.model.Dependency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spec and mock jars users get carry their third-party internals relocated under
 * {@code io.wawpkit.session.<module>.internal.shaded} (see src/mock/README.md, "Dependency
 * footprint"): no class of theirs lies outside this project's packages, where it could clash with
 * a user's copy of the same library, and their installed poms list only what stays real.
 */
class RelocatedJarsTest {
  @ParameterizedTest
  @ValueSource(strings = {"wawp-session-spec", "wawp-session-mock"})
  void everyClassIsInThisProjectsPackages(String artifactId) throws IOException {
    Path jar = CentralPomsTest.installedPom(artifactId).getParent().resolve("target")
        .resolve(artifactId + "-" + CentralPomsTest.VERSION + ".jar");
    String module = artifactId.substring("wawp-session-".length());
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> classes = file.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
      assertThat(classes).as(artifactId).isNotEmpty().allMatch(n -> n.startsWith("io/wawpkit/session/"));
      assertThat(classes).as(artifactId + ": its relocated internals").anyMatch(n -> n.startsWith(
          "io/wawpkit/session/" + module + "/internal/shaded/"));
      assertThat(file.stream().map(ZipEntry::getName)).as(artifactId + ": versioned classes are not relocated")
          .noneMatch(n -> n.startsWith("META-INF/versions/"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"wawp-session-spec", "wawp-session-mock"})
  void theInstalledPomListsOnlyWhatStaysReal(String artifactId) throws Exception {
    List<String> runtime = CentralPomsTest.effective(artifactId).getDependencies().stream()
        .filter(d -> !"test".equals(d.getScope()) && !d.isOptional())
        .map(Dependency::getArtifactId).sorted().toList();
    assertThat(runtime).as(artifactId).isEqualTo(artifactId.equals("wawp-session-spec")
        ? List.of("jackson-databind", "jackson-dataformat-yaml", "jackson-datatype-jsr310", "swagger-models")
        : List.of("jackson-databind", "jackson-dataformat-yaml", "wawp-session-common", "wawp-session-spec"));
  }
}
