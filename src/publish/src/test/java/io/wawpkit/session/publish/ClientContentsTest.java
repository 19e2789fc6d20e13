package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the published clients carry: every operation of the spec (the login ones too), our names, no generator placeholders. */
class ClientContentsTest {
  private static final Path TS = Published.DIR.resolve("clients/typescript-fetch");
  private static final Path PY = Published.DIR.resolve("clients/python");

  /** Words a generator writes when it was not told ours. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "GIT_USER_ID|GIT_REPO_ID|openapitools\\.org|YOUR API KEY|YOUR BEARER TOKEN|\"OpenAPI-Generator\"|OpenAPI-Generator/|git_push|Build date|OpenAPI client for");

  @Test
  void bothCarryEveryOperationOfTheSpecTheLoginOnesToo() {
    List<SpecOperation> operations = WawpSpec.load(Published.BUNDLE).operations();
    assertThat(operations).extracting(SpecOperation::operationId)
        .contains("getQr", "getQrImage", "requestPairingCode", "getScreenshot", "getQrV1", "requestPairingCodeV1", "getScreenshotV1");
    String ts = Published.read(TS.resolve("src/apis/LoginApi.ts"));
    String py = Published.read(PY.resolve("wawp_session/api/login_api.py"));
    for (SpecOperation op : operations) {
      String api = CodeSamples.apiClass(op.operation().getTags().get(0));
      assertThat(Published.read(TS.resolve("src/apis/" + api + ".ts"))).as("TypeScript " + op.operationId())
          .contains("async " + op.operationId() + "(");
      String pyFile = api.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase() + ".py";
      assertThat(Published.read(PY.resolve("wawp_session/api/" + pyFile))).as("Python " + op.operationId())
          .contains("def " + snake(op.operationId()) + "(");
    }
    assertThat(ts).contains("`/auth/qr`", "`/auth/request-code`", "`/getScreenshot`");
    assertThat(py).contains("'/auth/qr'", "'/auth/request-code'", "'/getScreenshot'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"clients/typescript-fetch", "clients/python", "reference"})
  void noGeneratorPlaceholderAnywhere(String folder) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Published.DIR.resolve(folder))) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains(".openapi-generator")).toList()) {
        var m = PLACEHOLDER.matcher(Published.read(f));
        while (m.find()) {
          found.add(Published.DIR.relativize(f) + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(PLACEHOLDER.matcher("author_email=\"team@openapitools.org\"").find()).as("the pattern sees one").isTrue();
  }

  @Test
  void ourNameLicenceRepositoryAndVersion() {
    String version = Published.bundle().at("/info/version").asText();
    String repo = "https://github.com/wawpkit/wawp-session";
    assertThat(Published.read(TS.resolve("package.json")))
        .contains("\"version\": \"" + version + "\"", "\"license\": \"Apache-2.0\"", "\"url\": \"" + repo + ".git\"",
            "\"author\": \"The wawp-session maintainers");
    assertThat(Published.read(PY.resolve("pyproject.toml")))
        .contains("version = \"" + version + "\"", "{name = \"The wawp-session maintainers\"}", "license = { text = \"Apache-2.0\" }", repo);
    assertThat(Published.read(PY.resolve("setup.py")))
        .contains("VERSION = \"" + version + "\"", "license=\"Apache-2.0\"", "url=\"" + repo + "\"");
    assertThat(Published.read(PY.resolve("wawp_session/__init__.py"))).contains("__version__ = \"" + version + "\"");
    assertThat(Published.read(PY.resolve("wawp_session/api_client.py"))).contains("'wawp-session-python/" + version + "'");
    for (Path readme : List.of(TS.resolve("README.md"), PY.resolve("README.md"))) {
      assertThat(Published.read(readme)).as(readme.toString()).contains(version, "Apache-2.0", repo, "WawpClient");
    }
    assertThat(PY.resolve("git_push.sh")).doesNotExist();
    assertThat(TS.resolve("git_push.sh")).doesNotExist();
  }

  @Test
  void theHandWrittenLayerShipsWithTheGeneratedCode() {
    assertThat(Published.read(TS.resolve("src/index.ts"))).contains("export * from './wawp';");
    assertThat(Published.read(TS.resolve(".openapi-generator/FILES"))).contains("src/wawp.ts");
    assertThat(Published.read(PY.resolve(".openapi-generator/FILES"))).contains("wawp_session/wawp.py");
    assertThat(Published.read(TS.resolve("src/wawp.ts"))).contains("export class WawpClient", "export class WawpInstance");
    assertThat(Published.read(PY.resolve("wawp_session/wawp.py"))).contains("class WawpClient", "class WawpInstance");
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }
}
