package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeScriptClientTest {
  private static final Path CLIENT = Published.DIR.resolve("clients/typescript-fetch");

  @Test
  void compilesWithTsc() {
    Path tsc = Published.ROOT.resolve("node_modules/.bin/tsc");
    assertThat(tsc).as("tsc from package-lock.json (scripts/test runs npm ci)").isExecutable();
    Published.Run run = Published.run(CLIENT, List.of(tsc.toString(), "-p", "tsconfig.json",
        "--outDir", Published.WORK.resolve("tsc-out").toAbsolutePath().toString()), 120);
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(Published.WORK.resolve("tsc-out/apis/LifecycleApi.js")).exists();
  }

  @Test
  void carriesTheSpecVersion() {
    String version = Published.bundle().at("/info/version").asText();
    assertThat(Published.read(CLIENT.resolve("package.json"))).contains("\"version\": \"" + version + "\"");
    assertThat(Files.exists(CLIENT.resolve("src/models/SessionInfo.ts"))).isTrue();
  }
}
