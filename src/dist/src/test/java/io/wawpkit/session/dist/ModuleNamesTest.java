package io.wawpkit.session.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every library jar the build packaged names its Java module in its manifest
 * ({@code Automatic-Module-Name}: {@code io.wawpkit.session.<module>}), so that a modular build can
 * require it by a name that will not change. None has a module-info (see the root pom's jar plugin).
 */
class ModuleNamesTest {
  static java.util.List<String> libraries() {
    return CentralPomsTest.LIBRARIES;
  }

  @ParameterizedTest
  @MethodSource("libraries")
  void theJarNamesItsModule(String artifactId) throws IOException {
    Path moduleDir = CentralPomsTest.installedPom(artifactId).getParent();
    Path jar = moduleDir.resolve("target").resolve(artifactId + "-" + CentralPomsTest.VERSION + ".jar");
    assertThat(jar).as("the jar the build packaged before this module").isRegularFile();
    String expected = "io.wawpkit.session." + artifactId.substring("wawp-session-".length());
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(artifactId).isEqualTo(expected);
      assertThat(file.getEntry("module-info.class")).as(artifactId + ": named by its manifest only").isNull();
    }
  }
}
