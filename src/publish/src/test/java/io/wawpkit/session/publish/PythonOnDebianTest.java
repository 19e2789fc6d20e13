package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Python client's checks on a stock Debian 12, with Debian's own /usr/bin/python3 (whose
 * python3-pydantic and python3-urllib3 are 1.x): scripts/test must pass there, so the checks are
 * either run in a virtual environment (a package index is reachable) or skipped with one line,
 * never failed. This machine's default python3 has everything, so that path is run here on purpose.
 */
class PythonOnDebianTest {
  private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

  /** pip with no index at all, and no configuration that could name one. */
  private static final Map<String, String> NO_INDEX = Map.of(
      "PIP_CONFIG_FILE", "/dev/null", "PIP_NO_INDEX", "1", "PIP_FIND_LINKS", "", "PIP_INDEX_URL", "",
      "PIP_EXTRA_INDEX_URL", "");

  @Test
  void withoutAnIndexTheCheckIsSkippedWithOneLine() {
    assumeTrue(Files.isExecutable(DEBIAN_PYTHON), "no /usr/bin/python3 on this machine");
    Published.Run run = Published.pythonEnv(DEBIAN_PYTHON.toString(), NO_INDEX, "no-index");
    if (run.exit() == 0) {
      // Debian's python3 got pydantic 2 and urllib3 2 from somewhere (not Debian 12's packages).
      assertThat(run.output().strip()).endsWith("/usr/bin/python3");
      return;
    }
    assertThat(run.exit()).as(run.output()).isEqualTo(Published.PYTHON_SKIPPED);
    List<String> lines = run.output().strip().lines().toList();
    assertThat(lines).as(run.output()).hasSize(1);
    assertThat(lines.get(0))
        .startsWith("SKIPPED the generated Python client check: Python ")
        .contains("(/usr/bin/python3) lacks ", "pydantic", "no package index could supply them");
    System.out.println("[Debian python3, no index] " + lines.get(0));
  }

  @Test
  void withTheMachinesPipConfigurationAVirtualEnvironmentIsMadeOrTheCheckSkipped() {
    assumeTrue(Files.isExecutable(DEBIAN_PYTHON), "no /usr/bin/python3 on this machine");
    Published.Run run = Published.pythonEnv(DEBIAN_PYTHON.toString(), Map.of(), "machine-pip");
    if (run.exit() == Published.PYTHON_SKIPPED) {
      assertThat(run.output().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("SKIPPED "));
      System.out.println("[Debian python3, this machine's pip] " + run.output().strip());
      return;
    }
    assertThat(run.exit()).as(run.output()).isZero();
    String python = run.output().strip();
    Published.Run imports = Published.run(Published.DIR.resolve("clients/python"), List.of(python, "-c",
        "import pydantic, urllib3, wawp_session; assert pydantic.VERSION.startswith('2'); "
            + "assert urllib3.__version__.startswith('2'); print('ok', pydantic.VERSION)"),
        Map.of("PYTHONDONTWRITEBYTECODE", "1"), 120);
    assertThat(imports.exit()).as(imports.output()).isZero();
    System.out.println("[Debian python3, this machine's pip] virtual environment " + python + ": " + imports.output().strip());
  }
}
