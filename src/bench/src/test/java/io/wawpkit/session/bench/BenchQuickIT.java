package io.wawpkit.session.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * CI's smoke run: the packaged bench jar in quick mode, as scripts/bench --quick runs it. Checks
 * that it ends, and that the JSON and Markdown reports carry every section with figures and the
 * machine. Never a timing assertion: on a shared machine the figures are not CI's business.
 */
class BenchQuickIT {
  private static final List<String> SECTIONS = List.of("client-overhead", "mock-throughput", "mock-scale", "startup", "suite");

  @Test
  void quickModeWritesEverySection() throws Exception {
    Path jar = Path.of(System.getProperty("bench.jar"));
    Path out = Path.of(System.getProperty("bench.out"));
    Path root = Path.of(System.getProperty("root.dir"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--quick", "--root", root.toString(), "--out", out.toString())
        .redirectErrorStream(true).redirectOutput(out.resolveSibling("bench-quick.log").toFile()).start();
    boolean ended = p.waitFor(8, TimeUnit.MINUTES);
    if (!ended) {
      p.destroy();
      p.waitFor(15, TimeUnit.SECONDS);
      p.destroyForcibly();
    }
    String log = Files.readString(out.resolveSibling("bench-quick.log"), StandardCharsets.UTF_8);
    System.out.println(log); // the tables, in CI's log
    assertThat(ended).as("the quick run ended within its bound").isTrue();
    assertThat(p.exitValue()).as("exit code; output:%n%s", log).isZero();

    JsonNode json = new ObjectMapper().readTree(out.resolve(Report.JSON_NAME).toFile());
    assertThat(json.path("failures").size()).isZero();
    assertThat(json.path("machine").path("cores").asText()).isNotEmpty();
    assertThat(json.path("machine").path("cpu").asText()).isNotEmpty();
    assertThat(json.path("machine").path("jdk").asText()).isNotEmpty();
    String markdown = Files.readString(out.resolve(Report.MARKDOWN_NAME), StandardCharsets.UTF_8);
    for (String id : SECTIONS) {
      JsonNode section = null;
      for (JsonNode s : json.path("sections")) {
        if (s.path("id").asText().equals(id)) {
          section = s;
        }
      }
      assertThat(section).as("section %s in %s", id, Report.JSON_NAME).isNotNull();
      assertThat(section.path("rows").size()).as("rows of %s", id).isPositive();
      assertThat(section.path("goals").size()).as("goals of %s", id).isPositive();
      assertThat(markdown).contains("## " + section.path("title").asText());
    }
    assertThat(new File(out.toFile(), Report.MARKDOWN_NAME)).exists();
  }
}
