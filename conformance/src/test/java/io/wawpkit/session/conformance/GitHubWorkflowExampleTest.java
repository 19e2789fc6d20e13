package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.wawpkit.session.conformance.cli.ConformanceCommand;
import io.wawpkit.session.spec.WawpSpec;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's GitHub Actions example (docs/github-actions/wawp-conformance.yml) is a valid workflow:
 * it validates against SchemaStore's workflow schema (vendored under src/test/resources/schemastore,
 * with its source and license), and the command it runs is this suite's: its options exist, its jar
 * is the one the build makes, in this version, and the tokens come from secrets through the
 * environment, never on the command line. The README shows the file as it is.
 */
class GitHubWorkflowExampleTest {
  static final Path WORKFLOW = Processes.ROOT.resolve("docs/github-actions/wawp-conformance.yml");
  static final String SCHEMA = "/schemastore/github-workflow.json";

  static JsonNode workflow() throws Exception {
    return new YAMLMapper().readTree(Files.readString(WORKFLOW));
  }

  static ProcessingReport validate(JsonNode workflow) throws Exception {
    JsonNode schema;
    try (InputStream in = GitHubWorkflowExampleTest.class.getResourceAsStream(SCHEMA)) {
      schema = new ObjectMapper().readTree(in);
    }
    JsonSchema validator = JsonSchemaFactory.byDefault().getJsonSchema(schema);
    return validator.validate(workflow, true);
  }

  @Test
  void theWorkflowValidatesAgainstTheWorkflowSchema() throws Exception {
    ProcessingReport report = validate(workflow());
    assertThat(report.isSuccess()).as(report.toString()).isTrue();
  }

  /** The validator does validate: a workflow the schema forbids is refused. */
  @Test
  void aBrokenWorkflowDoesNotValidate() throws Exception {
    ObjectNode unknownKey = (ObjectNode) workflow();
    unknownKey.put("trigger", "nightly");
    assertThat(validate(unknownKey).isSuccess()).as("an unknown top-level key").isFalse();

    ObjectNode noRunner = (ObjectNode) workflow();
    ((ObjectNode) noRunner.at("/jobs/conformance")).remove("runs-on");
    assertThat(validate(noRunner).isSuccess()).as("a job without runs-on").isFalse();

    ObjectNode badStep = (ObjectNode) workflow();
    ((ObjectNode) badStep.at("/jobs/conformance/steps/1")).put("timeout-minutes", "soon");
    assertThat(validate(badStep).isSuccess()).as("a step's timeout that is neither a number nor an expression").isFalse();
  }

  @Test
  void theVendoredSchemaIsTheOneItsReadmeNames() throws Exception {
    byte[] schema;
    try (InputStream in = GitHubWorkflowExampleTest.class.getResourceAsStream(SCHEMA)) {
      schema = in.readAllBytes();
    }
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(schema));
    Path dir = Processes.ROOT.resolve("conformance/src/test/resources/schemastore");
    assertThat(Files.readString(dir.resolve("README.md"))).contains(sha256)
        .contains("https://github.com/SchemaStore/schemastore/blob/", "Apache License 2.0");
    assertThat(dir.resolve("NOTICE")).isRegularFile();
  }

  @Test
  void itRunsThisSuitesJarWithItsOptionsAndTokensFromSecrets() throws Exception {
    JsonNode job = workflow().at("/jobs/conformance");
    assertThat(job.at("/env/WAWP_CONFORMANCE_VERSION").asText()).as("the version it fetches").isEqualTo(WawpSpec.load().version());
    JsonNode run = null;
    for (JsonNode step : job.get("steps")) {
      if (step.path("run").asText().startsWith("java -jar ")) {
        run = step;
      }
    }
    assertThat(run).as("a step runs the suite's jar").isNotNull();
    String command = run.get("run").asText();
    assertThat(command).startsWith("java -jar wawp-session-conformance-${WAWP_CONFORMANCE_VERSION}-all.jar ");

    Set<String> known = new CommandLine(new ConformanceCommand()).getCommandSpec().optionsMap().keySet();
    List<String> used = Pattern.compile("(?<=\\s)--[a-z-]+").matcher(command).results().map(m -> m.group()).toList();
    assertThat(used).contains("--base-url", "--junit-xml").allMatch(known::contains);
    // Tokens only from secrets, through the environment the suite reads (WAWP_<OPTION>).
    assertThat(used).doesNotContain("--access-token", "--other-access-token");
    assertThat(run.at("/env/WAWP_ACCESS_TOKEN").asText()).isEqualTo("${{ secrets.WAWP_ACCESS_TOKEN }}");
    assertThat(run.at("/env/WAWP_OTHER_ACCESS_TOKEN").asText()).isEqualTo("${{ secrets.WAWP_OTHER_ACCESS_TOKEN }}");

    // junit.xml (and the other reports) are kept as an artifact, also when the suite fails.
    JsonNode upload = null;
    for (JsonNode step : job.get("steps")) {
      if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
        upload = step;
      }
    }
    assertThat(upload).isNotNull();
    assertThat(upload.get("if").asText()).isEqualTo("always()");
    assertThat(upload.at("/with/path").asText()).contains("conformance-report/junit.xml");
    assertThat(command).contains("--junit-xml conformance-report/junit.xml");

    // The jar it runs is the one this module's shade plugin attaches (classifier "all").
    assertThat(Files.readString(Processes.ROOT.resolve("conformance/pom.xml"))).contains("<shadedClassifierName>all</shadedClassifierName>");
  }

  @Test
  void theReadmeShowsTheWorkflowAsItIs() throws Exception {
    String readme = Files.readString(Processes.ROOT.resolve("README.md"));
    assertThat(readme).contains("```yaml\n" + Files.readString(WORKFLOW) + "```\n");
  }
}
